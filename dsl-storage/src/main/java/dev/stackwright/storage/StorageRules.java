package dev.stackwright.storage;

/** The ids of the rules the storage layer checks; stable, so tests and users can refer to them. */
public final class StorageRules {
  /** A size that is not a positive Kubernetes quantity such as {@code 10Gi}. */
  public static final String INVALID_SIZE = "storage.invalid-size";

  /** A claim naming a storage class the stack does not declare, while it declares others. */
  public static final String UNKNOWN_STORAGE_CLASS = "storage.unknown-storage-class";

  /** A claim naming a storage class that is assumed to exist in the cluster (a warning). */
  public static final String ASSUMED_STORAGE_CLASS = "storage.assumed-storage-class";

  /** A claim grown on a storage class that does not allow volume expansion. */
  public static final String EXPANSION_NOT_ALLOWED = "storage.expansion-not-allowed";

  /** A claim declared smaller than it was: volumes cannot shrink. */
  public static final String SHRINK = "storage.shrink";

  /** An access mode the storage class's provisioner cannot give. */
  public static final String UNSUPPORTED_ACCESS_MODE = "storage.unsupported-access-mode";

  /** A claim restored from a snapshot the stack does not declare. */
  public static final String UNKNOWN_SNAPSHOT = "storage.unknown-snapshot";

  /** A claim cloned from a claim the stack does not declare. */
  public static final String UNKNOWN_SOURCE_CLAIM = "storage.unknown-source-claim";

  /** A snapshot of a claim the stack does not declare, assumed to exist (a warning). */
  public static final String ASSUMED_CLAIM = "storage.assumed-claim";

  /** A replica's claim, given by type, that the StatefulSet's templates do not make. */
  public static final String UNKNOWN_CLAIM = "storage.unknown-claim";

  /** A snapshot naming a snapshot class the stack does not declare, while it declares others. */
  public static final String UNKNOWN_SNAPSHOT_CLASS = "storage.unknown-snapshot-class";

  /** A storage class with an empty provisioner, or a snapshot class with an empty driver. */
  public static final String MISSING_PROVISIONER = "storage.missing-provisioner";

  /** More than one storage class (or snapshot class per driver) marked as the default. */
  public static final String MULTIPLE_DEFAULTS = "storage.multiple-defaults";

  /** A storage class naming a Ceph pool or file system that the stack does not declare. */
  public static final String UNKNOWN_CEPH_POOL = "storage.unknown-ceph-pool";

  /** A storage class naming a Ceph pool or file system assumed to exist (a warning). */
  public static final String ASSUMED_CEPH_POOL = "storage.assumed-ceph-pool";

  /** A pool whose replica count exceeds the failure domains its cluster declares. */
  public static final String REPLICAS_EXCEED_FAILURE_DOMAINS =
      "storage.replicas-exceed-failure-domains";

  /** A Ceph cluster or operator namespace whose Pod Security level would reject Ceph's pods. */
  public static final String CEPH_NAMESPACE_POD_SECURITY = "storage.ceph-namespace-pod-security";

  /** A replica, monitor or server count out of range. */
  public static final String INVALID_COUNT = "storage.invalid-count";

  /** A schedule that is not a five-field cron expression or a macro such as {@code @daily}. */
  public static final String INVALID_SCHEDULE = "storage.invalid-schedule";

  /** A static volume without exactly one backend, or with an invalid path or node. */
  public static final String INVALID_VOLUME_SOURCE = "storage.invalid-volume-source";

  private StorageRules() {}
}
