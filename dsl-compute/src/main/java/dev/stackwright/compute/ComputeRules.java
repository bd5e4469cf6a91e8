package dev.stackwright.compute;

/**
 * The stable ids of the rules the compute layer checks, for tests and for users who look a
 * diagnostic up. Opt-outs of the restricted Pod Security Standard use the core's {@code
 * security.pod-security-opt-out}.
 */
public final class ComputeRules {
  /** An image reference that does not parse. */
  public static final String INVALID_IMAGE = "compute.invalid-image";

  /** An image without a tag or digest, or tagged {@code latest} (a warning). */
  public static final String UNPINNED_IMAGE = "compute.unpinned-image";

  /** An image from a registry that a {@link RegistryPolicy} of the stack does not allow. */
  public static final String REGISTRY_NOT_ALLOWED = "compute.registry-not-allowed";

  /** A pod without any (main) container. */
  public static final String NO_CONTAINERS = "compute.no-containers";

  /** Two containers of one pod with the same name. */
  public static final String DUPLICATE_CONTAINER = "compute.duplicate-container";

  /** Two ports of one pod with the same name or number. */
  public static final String DUPLICATE_PORT = "compute.duplicate-port";

  /** A probe or hook on a port name the container does not declare. */
  public static final String UNKNOWN_PORT = "compute.unknown-port";

  /** A probe that cannot work: a relative HTTP path, an empty command, a bad threshold. */
  public static final String INVALID_PROBE = "compute.invalid-probe";

  /** A mount of a volume the pod does not have. */
  public static final String UNKNOWN_VOLUME = "compute.unknown-volume";

  /** Two volumes of one pod with the same name but different sources. */
  public static final String DUPLICATE_VOLUME = "compute.duplicate-volume";

  /** A mount path that is not absolute, or mounted twice in one container. */
  public static final String INVALID_MOUNT = "compute.invalid-mount";

  /** An environment variable with an invalid or repeated name, or an incomplete source. */
  public static final String INVALID_ENV = "compute.invalid-env";

  /** A resource request above its limit. */
  public static final String REQUEST_ABOVE_LIMIT = "compute.request-above-limit";

  /** An extended resource name that is not a qualified name such as {@code nvidia.com/gpu}. */
  public static final String INVALID_RESOURCE_NAME = "compute.invalid-resource-name";

  /** A container with no memory limit (a warning). */
  public static final String NO_LIMITS = "compute.no-limits";

  /** A long-running container with ports but no readiness probe (a warning). */
  public static final String NO_READINESS_PROBE = "compute.no-readiness-probe";

  /** A count that must not be negative (replicas, completions, seconds...) or is out of range. */
  public static final String INVALID_COUNT = "compute.invalid-count";

  /** A rolling-update setting that is malformed or lets no pod be replaced. */
  public static final String INVALID_ROLLOUT = "compute.invalid-rollout";

  /** Horizontal autoscaling whose minimum is above its maximum, or that has no usable metric. */
  public static final String INVALID_AUTOSCALING = "compute.invalid-autoscaling";

  /** Vertical autoscaling whose minimum allowed is above its maximum allowed. */
  public static final String INVALID_VERTICAL_AUTOSCALING = "compute.invalid-vertical-autoscaling";

  /** A disruption budget that can never be satisfied for the replica count. */
  public static final String UNSATISFIABLE_BUDGET = "compute.unsatisfiable-budget";

  /** A cron schedule that does not parse. */
  public static final String INVALID_SCHEDULE = "compute.invalid-schedule";

  /** A serverless workload with more than one port, or a scale range that is inverted. */
  public static final String INVALID_SERVERLESS = "compute.invalid-serverless";

  /** A plaintext Secret: an error unless explicitly allowed, then a warning. */
  public static final String PLAINTEXT_SECRET = "compute.plaintext-secret";

  /** A config key that is not a valid ConfigMap key, or a file that could not be read. */
  public static final String INVALID_CONFIG = "compute.invalid-config";

  /** A scheduling rule that is malformed (weight, operator, toleration effect, skew). */
  public static final String INVALID_SCHEDULING = "compute.invalid-scheduling";

  /** An RBAC grant without resources or verbs. */
  public static final String INVALID_GRANT = "compute.invalid-grant";

  /** A priority class value out of range. */
  public static final String INVALID_PRIORITY = "compute.invalid-priority";

  private ComputeRules() {}
}
