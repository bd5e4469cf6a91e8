package dev.stackwright.core.pod;

import dev.stackwright.core.contract.VolumeSource;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;

/**
 * Volume sources that belong to the pod itself: scratch space ({@code emptyDir}) and, as a visible
 * opt-out of the restricted profile, a directory of the node ({@code hostPath}).
 */
public final class Volumes {
  private Volumes() {}

  /** A pod-local scratch directory on the node's disk. */
  public static VolumeSource emptyDir() {
    return new EmptyDir(null, null);
  }

  /** A pod-local scratch directory limited to {@code sizeLimit}, e.g. {@code 1Gi}. */
  public static VolumeSource emptyDir(String sizeLimit) {
    return new EmptyDir(null, sizeLimit);
  }

  /** A pod-local scratch directory in memory (tmpfs), limited to {@code sizeLimit}. */
  public static VolumeSource memory(String sizeLimit) {
    return new EmptyDir("Memory", sizeLimit);
  }

  /**
   * An existing ConfigMap called {@code name}, as files: for a ConfigMap the owning component
   * synthesizes itself (a collector's configuration). A ConfigMap the stack declares is mounted
   * through its {@link dev.stackwright.core.contract.ConfigSource} instead, so the pod depends on
   * it.
   */
  public static VolumeSource configMap(String name) {
    return new ConfigMapByName(name);
  }

  /**
   * A directory of the node: breaks the restricted profile (the pod can read or change the node),
   * so the workload gets a warning.
   */
  public static VolumeSource hostPath(String path) {
    return new HostPath(path);
  }

  private record EmptyDir(String medium, String sizeLimit) implements VolumeSource {
    @Override
    public Volume toVolume(String volumeName) {
      EmptyDirVolumeSourceBuilder b = new EmptyDirVolumeSourceBuilder().withMedium(medium);
      if (sizeLimit != null) {
        b.withSizeLimit(new Quantity(sizeLimit));
      }
      return new VolumeBuilder().withName(volumeName).withEmptyDir(b.build()).build();
    }

    @Override
    public String defaultVolumeName() {
      return "scratch";
    }
  }

  private record ConfigMapByName(String name) implements VolumeSource {
    @Override
    public Volume toVolume(String volumeName) {
      return new VolumeBuilder()
          .withName(volumeName)
          .withNewConfigMap()
          .withName(name)
          .endConfigMap()
          .build();
    }

    @Override
    public String defaultVolumeName() {
      return "config";
    }
  }

  private record HostPath(String path) implements VolumeSource {
    @Override
    public Volume toVolume(String volumeName) {
      return new VolumeBuilder()
          .withName(volumeName)
          .withNewHostPath()
          .withPath(path)
          .endHostPath()
          .build();
    }

    @Override
    public String defaultVolumeName() {
      return Mount.nameFor(path);
    }
  }
}
