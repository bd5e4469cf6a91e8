package dev.stackwright.core.validate;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An object the cluster already has, or that something outside the stack creates (an operator, an
 * ExternalSecret in another repository), declared on the stack so that pods may refer to it by name
 * without a {@code core.unknown-config-reference} warning.
 *
 * <pre>{@code
 * Stack.builder().addExistingObject(ExistingObject.secret("registry-credentials"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ExistingObject {

  /** The kind: {@code ConfigMap} or {@code Secret}. */
  public abstract String kind();

  /** The namespace; empty means the stack's default namespace. */
  public abstract Optional<String> namespace();

  /** The object's name. */
  public abstract String name();

  /** An existing Secret in the stack's default namespace. */
  public static ExistingObject secret(String name) {
    return ImmutableExistingObject.builder().kind("Secret").name(name).build();
  }

  /** An existing Secret in {@code namespace}. */
  public static ExistingObject secret(String namespace, String name) {
    return ImmutableExistingObject.builder().kind("Secret").namespace(namespace).name(name).build();
  }

  /** An existing ConfigMap in the stack's default namespace. */
  public static ExistingObject configMap(String name) {
    return ImmutableExistingObject.builder().kind("ConfigMap").name(name).build();
  }

  /** An existing ConfigMap in {@code namespace}. */
  public static ExistingObject configMap(String namespace, String name) {
    return ImmutableExistingObject.builder()
        .kind("ConfigMap")
        .namespace(namespace)
        .name(name)
        .build();
  }
}
