package dev.stackwright.security.supply;

/** The vulnerability severities Trivy reports, lowest first. */
public enum Severity {
  UNKNOWN,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
