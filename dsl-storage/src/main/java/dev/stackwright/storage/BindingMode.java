package dev.stackwright.storage;

/** When a claim of a storage class is bound to a volume. */
public enum BindingMode {
  /** As soon as the claim is created: for storage reachable from every node (Ceph, NFS). */
  IMMEDIATE("Immediate"),
  /**
   * When the first pod using the claim is scheduled, so the volume is created in that pod's zone or
   * on its node: for zonal cloud disks and local volumes.
   */
  WAIT_FOR_FIRST_CONSUMER("WaitForFirstConsumer");

  private final String value;

  BindingMode(String value) {
    this.value = value;
  }

  /** The Kubernetes spelling, e.g. {@code WaitForFirstConsumer}. */
  public String value() {
    return value;
  }
}
