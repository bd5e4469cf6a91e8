package dev.stackwright.observability.tracing;

import java.util.Locale;

/** A kind of telemetry the collector forwards: one pipeline each. */
public enum Signal {
  /** Spans. */
  TRACES,
  /** Metrics pushed over OTLP. */
  METRICS,
  /** Log records. */
  LOGS;

  /** The pipeline name, e.g. {@code traces}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
