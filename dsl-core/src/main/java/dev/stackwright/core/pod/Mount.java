package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.VolumeSource;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume mounted into a container at a path. Either it brings its source (a {@code Config}, a
 * {@link SecretRef}, a storage claim, {@link Volumes#emptyDir()}), which adds the volume to the
 * pod, or it names a volume the pod already has (a {@link NamedVolume} or a StatefulSet claim
 * template). Synthesizes into a {@code VolumeMount} (and the pod's {@code Volume}).
 *
 * <pre>{@code
 * Mount.of(config, "/etc/config")
 * Mount.scratch("/tmp")
 * Mount.volume("data", "/var/lib/data")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Mount {

  /** Where the volume appears in the container; an absolute path. */
  public abstract String path();

  /** The source that the mount brings, when it brings one. */
  public abstract Optional<VolumeSource> source();

  /** The volume name: given, or the source's default name. */
  @Value.Default
  public String volume() {
    return source().map(VolumeSource::defaultVolumeName).orElse("");
  }

  /** The path inside the volume to mount, instead of its root. */
  public abstract Optional<String> subPath();

  /** Whether the mount is read-only; false by default. */
  @Value.Default
  public boolean readOnly() {
    return false;
  }

  /** Mounts {@code source} at {@code path}, adding its volume to the pod. */
  public static Mount of(VolumeSource source, String path) {
    return ImmutableMount.builder().source(source).path(path).build();
  }

  /** Mounts the pod's volume (or claim template) called {@code volume} at {@code path}. */
  public static Mount volume(String volume, String path) {
    return ImmutableMount.builder().volume(volume).path(path).build();
  }

  /**
   * A writable, pod-local scratch directory at {@code path}: an {@code emptyDir}, the usual
   * companion of a read-only root filesystem. The volume is named after the path ({@code /tmp} is
   * {@code tmp}).
   */
  public static Mount scratch(String path) {
    return ImmutableMount.builder()
        .source(Volumes.emptyDir())
        .volume(nameFor(path))
        .path(path)
        .build();
  }

  /** This mount, read-only. */
  public Mount readOnlyMount() {
    return ImmutableMount.builder().from(this).readOnly(true).build();
  }

  /** This mount of {@code subPath} inside the volume. */
  public abstract Mount withSubPath(String subPath);

  /** This mount, with the volume named {@code name}. */
  public abstract Mount withVolume(String name);

  static String nameFor(String path) {
    String name =
        path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (name.length() > 63) {
      name = name.substring(0, 63).replaceAll("-+$", "");
    }
    return name.isEmpty() ? "scratch" : name;
  }

  VolumeMount toVolumeMount() {
    VolumeMountBuilder b = new VolumeMountBuilder().withName(volume()).withMountPath(path());
    subPath().ifPresent(b::withSubPath);
    if (readOnly()) {
      b.withReadOnly(true);
    }
    return b.build();
  }
}
