package dev.stackwright.observability.logs;

/** How a workload writes its log lines, which decides how the agent parses them. */
public enum LogFormat {
  /** One JSON object per line; its fields become the record's fields. */
  JSON,
  /** {@code key=value} pairs per line (logfmt); the pairs become the record's fields. */
  LOGFMT,
  /** Unstructured lines, shipped as they are. */
  PLAIN,
  /**
   * Unstructured records spanning several lines (stack traces): lines are joined into one record by
   * a start and a continuation pattern.
   */
  MULTILINE
}
