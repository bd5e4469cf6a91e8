package dev.stackwright.core.validate;

import java.util.regex.Pattern;

/** The Kubernetes naming rules (DNS-1123 labels and subdomains), with readable explanations. */
public final class Names {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private Names() {}

  /** Whether {@code value} is a DNS-1123 label. */
  public static boolean isLabel(String value) {
    return labelProblem(value) == null;
  }

  /** What is wrong with {@code value} as a DNS-1123 label, or null when it is one. */
  public static String labelProblem(String value) {
    if (value == null || value.isEmpty()) {
      return "must not be empty (expected a DNS-1123 label such as \"my-app\")";
    }
    if (value.length() > 63) {
      return "must be at most 63 characters, was " + value.length() + " (\"" + value + "\")";
    }
    if (!LABEL.matcher(value).matches()) {
      return "expected a DNS-1123 label (lower-case letters, digits and '-', starting and ending"
          + " with a letter or digit), was \""
          + value
          + "\"";
    }
    return null;
  }

  /** What is wrong with {@code value} as a DNS-1123 subdomain, or null when it is one. */
  public static String subdomainProblem(String value) {
    if (value == null || value.isEmpty()) {
      return "must not be empty (expected a DNS-1123 subdomain such as \"app-config\")";
    }
    if (value.length() > 253) {
      return "must be at most 253 characters, was " + value.length();
    }
    if (!SUBDOMAIN.matcher(value).matches()) {
      return "expected a DNS-1123 subdomain (lower-case letters, digits, '-' and '.'), was \""
          + value
          + "\"";
    }
    return null;
  }
}
