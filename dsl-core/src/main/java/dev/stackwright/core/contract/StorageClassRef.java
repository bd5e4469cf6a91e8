package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import java.util.Optional;

/**
 * The cross-layer contract of a storage class that a release's volumes are provisioned from: the
 * storage layer's classes implement it, and a release with persistent volumes (a log or trace
 * backend, say) takes it instead of a class name, so the class is checked to be part of the stack
 * and the release is applied after it.
 */
public interface StorageClassRef {

  /** The class name, as claims name it in {@code storageClassName}. */
  String name();

  /**
   * The component that creates the class, when it is part of the stack: a release on the class then
   * depends on it, and it must be in the stack.
   */
  default Optional<Component> component() {
    return Optional.empty();
  }
}
