package dev.stackwright.storage;

/** How a volume may be mounted: by one node, many nodes, read-only, or by a single pod. */
public enum AccessMode {
  /** Read-write by the pods of a single node. */
  READ_WRITE_ONCE("ReadWriteOnce"),
  /** Read-only by many nodes. */
  READ_ONLY_MANY("ReadOnlyMany"),
  /** Read-write by many nodes: needs a shared file system (CephFS, NFS), not a block device. */
  READ_WRITE_MANY("ReadWriteMany"),
  /** Read-write by a single pod in the whole cluster. */
  READ_WRITE_ONCE_POD("ReadWriteOncePod");

  private final String value;

  AccessMode(String value) {
    this.value = value;
  }

  /** The Kubernetes spelling, e.g. {@code ReadWriteOnce}. */
  public String value() {
    return value;
  }
}
