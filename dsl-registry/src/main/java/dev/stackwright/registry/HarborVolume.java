package dev.stackwright.registry;

/**
 * The volumes of Harbor's chart, each with its key under {@code persistence.persistentVolumeClaim}.
 */
public enum HarborVolume {
  /** The image blobs: the registry's storage, required. */
  REGISTRY("registry"),
  /** The job service's logs. */
  JOB_LOG("jobservice.jobLog"),
  /** The internal PostgreSQL database. */
  DATABASE("database"),
  /** The internal Redis. */
  REDIS("redis"),
  /** Trivy's vulnerability database cache. */
  TRIVY("trivy");

  private final String key;

  HarborVolume(String key) {
    this.key = key;
  }

  /** The dotted key under {@code persistence.persistentVolumeClaim}: {@code jobservice.jobLog}. */
  public String key() {
    return key;
  }
}
