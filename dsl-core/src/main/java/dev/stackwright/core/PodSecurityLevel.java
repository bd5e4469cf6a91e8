package dev.stackwright.core;

import java.util.Locale;

/** The Pod Security Standards profiles that Pod Security Admission enforces on a namespace. */
public enum PodSecurityLevel {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  /** The value of the {@code pod-security.kubernetes.io/*} labels. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
