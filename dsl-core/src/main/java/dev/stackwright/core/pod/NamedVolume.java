package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.VolumeSource;
import org.immutables.value.Value;

/**
 * A pod volume declared by name, for several containers to mount with {@link Mount#volume}.
 * Synthesizes into one {@code Volume} of the pod.
 */
@Value.Immutable
@StackwrightStyle
public interface NamedVolume {

  /** The volume name: a DNS-1123 label. */
  @Value.Parameter
  String name();

  /** What the volume holds. */
  @Value.Parameter
  VolumeSource source();

  /** A volume called {@code name} holding {@code source}. */
  public static NamedVolume of(String name, VolumeSource source) {
    return ImmutableNamedVolume.of(name, source);
  }
}
