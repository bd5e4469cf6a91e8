package dev.stackwright.observability;

/**
 * The stable ids of the rules the observability layer checks, for tests and for users who look a
 * diagnostic up.
 */
public final class ObservabilityRules {
  /** A monitor, alert or dashboard for a workload or service that is not part of the stack. */
  public static final String UNKNOWN_TARGET = "observability.unknown-target";

  /** A monitor on a port the workload or service does not expose. */
  public static final String UNKNOWN_PORT = "observability.unknown-port";

  /** A scrape path that is not absolute. */
  public static final String INVALID_PATH = "observability.invalid-path";

  /**
   * A duration that is not a Prometheus duration such as {@code 30s}, {@code 5m} or {@code 1h30m}.
   */
  public static final String INVALID_DURATION = "observability.invalid-duration";

  /** An alert or recording expression that is empty. */
  public static final String EMPTY_EXPRESSION = "observability.empty-expression";

  /** An expression whose brackets, braces, parentheses or quotes do not balance. */
  public static final String UNBALANCED_EXPRESSION = "observability.unbalanced-expression";

  /** A label name (in a matcher, on an alert, in a template) that Prometheus does not accept. */
  public static final String INVALID_LABEL = "observability.invalid-label";

  /** An annotation template referring to a label the alert's expression does not keep. */
  public static final String UNKNOWN_LABEL = "observability.unknown-label";

  /** An alert without a name, or a name Prometheus does not accept. */
  public static final String INVALID_ALERT_NAME = "observability.invalid-alert-name";

  /** Two rule groups of one PrometheusRule with the same name. */
  public static final String DUPLICATE_GROUP = "observability.duplicate-group";

  /** A rule group without any rule, or a rule set without any group. */
  public static final String EMPTY_RULES = "observability.empty-rules";

  /** An SLO objective outside the open interval (0, 100). */
  public static final String INVALID_OBJECTIVE = "observability.invalid-objective";

  /** A dashboard without any workload. */
  public static final String EMPTY_DASHBOARD = "observability.empty-dashboard";

  /** An exporter endpoint that is empty or not {@code host:port}. */
  public static final String INVALID_ENDPOINT = "observability.invalid-endpoint";

  /** A trace sampling percentage outside [0, 100]. */
  public static final String INVALID_SAMPLING = "observability.invalid-sampling";

  /** A count that must be positive (replicas, thresholds) and is not. */
  public static final String INVALID_COUNT = "observability.invalid-count";

  /** A component that other namespaces address by DNS name but that names no namespace. */
  public static final String MISSING_NAMESPACE = "observability.missing-namespace";

  /** A trace backend of the stack that no collector exports to (a warning). */
  public static final String UNUSED_TRACE_BACKEND = "observability.unused-trace-backend";

  /** A Grafana datasource without a monitoring stack (with Grafana) of the stack to load it. */
  public static final String MISSING_MONITORING_STACK = "observability.missing-monitoring-stack";

  /** A log parsing pattern (a multiline rule) that is empty or not a regular expression. */
  public static final String INVALID_PATTERN = "observability.invalid-pattern";

  /** A log pipeline whose agent ships to no backend, or a backend that is not in the stack. */
  public static final String UNKNOWN_BACKEND = "observability.unknown-backend";

  private ObservabilityRules() {}
}
