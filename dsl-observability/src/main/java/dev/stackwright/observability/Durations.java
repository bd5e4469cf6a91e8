package dev.stackwright.observability;

import java.util.regex.Pattern;

/**
 * Prometheus durations ({@code 30s}, {@code 5m}, {@code 1h30m}): the grammar the operator accepts.
 */
public final class Durations {
  private static final Pattern DURATION =
      Pattern.compile(
          "(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?");

  private Durations() {}

  /** Whether {@code value} is a non-empty Prometheus duration. */
  public static boolean isValid(String value) {
    return value != null && !value.isEmpty() && DURATION.matcher(value).matches();
  }
}
