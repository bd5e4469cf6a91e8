package dev.stackwright.storage;

/**
 * What happens to the storage behind a volume (or a snapshot) when its claim (or snapshot object)
 * is deleted.
 */
public enum ReclaimPolicy {
  /** The backing storage is deleted with the claim. */
  DELETE("Delete"),
  /** The backing storage is kept and must be cleaned up by hand. */
  RETAIN("Retain");

  private final String value;

  ReclaimPolicy(String value) {
    this.value = value;
  }

  /** The Kubernetes spelling, e.g. {@code Delete}. */
  public String value() {
    return value;
  }
}
