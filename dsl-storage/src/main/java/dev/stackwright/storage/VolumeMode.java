package dev.stackwright.storage;

/** Whether a claim is mounted as a file system or handed to the pod as a raw block device. */
public enum VolumeMode {
  /** A formatted file system mounted at a path; the Kubernetes default. */
  FILESYSTEM("Filesystem"),
  /** A raw block device (databases that manage their own layout, VM disks). */
  BLOCK("Block");

  private final String value;

  VolumeMode(String value) {
    this.value = value;
  }

  /** The Kubernetes spelling, e.g. {@code Filesystem}. */
  public String value() {
    return value;
  }
}
