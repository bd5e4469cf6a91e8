package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Optional;

/**
 * The cross-layer contract of something a pod can mount: a claim from the storage layer, a
 * ConfigMap from the compute layer, a reference to an existing Secret. Compute mounts accept it.
 */
public interface VolumeSource {

  /** The pod volume for this source, named {@code volumeName}. */
  Volume toVolume(String volumeName);

  /** A volume name to use when the mount does not give one; a DNS-1123 label. */
  String defaultVolumeName();

  /**
   * The component that creates the mounted object, when it is part of the stack: the pod's workload
   * then depends on it, and it must be in the stack.
   */
  default Optional<Component> component() {
    return Optional.empty();
  }
}
