package dev.stackwright.compute;

/**
 * The stable ids of the rules the compute layer checks, for tests and for users who look a
 * diagnostic up. The rules of pods themselves (images, ports, probes, mounts...) are the core's
 * {@link dev.stackwright.core.pod.PodRules}. Opt-outs of the restricted Pod Security Standard use
 * the core's {@code security.pod-security-opt-out}.
 */
public final class ComputeRules {
  /** An extended resource name that is not a qualified name such as {@code nvidia.com/gpu}. */
  public static final String INVALID_RESOURCE_NAME = "compute.invalid-resource-name";

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

  /** A priority class value out of range. */
  public static final String INVALID_PRIORITY = "compute.invalid-priority";

  private ComputeRules() {}
}
