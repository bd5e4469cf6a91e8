package dev.stackwright.observability.alerts;

import java.util.Locale;

/** How urgent an alert is: its {@code severity} label, which Alertmanager routes on. */
public enum Severity {
  /** Someone must act now (a page). */
  CRITICAL,
  /** Someone must act soon (a ticket). */
  WARNING,
  /** For information; routed nowhere by default. */
  INFO;

  /** The label value, e.g. {@code critical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
