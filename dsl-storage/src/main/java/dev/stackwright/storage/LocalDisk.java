package dev.stackwright.storage;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/** A disk or directory on one node, the backend of a static local volume. */
@Value.Immutable
@StackwrightStyle
public interface LocalDisk {

  /** The node the disk is on ({@code kubernetes.io/hostname}). */
  @Value.Parameter
  String node();

  /** The mount point of the disk on the node, an absolute path such as {@code /mnt/disks/ssd0}. */
  @Value.Parameter
  String path();

  /** The disk mounted at {@code path} on {@code node}. */
  static LocalDisk of(String node, String path) {
    return ImmutableLocalDisk.of(node, path);
  }
}
