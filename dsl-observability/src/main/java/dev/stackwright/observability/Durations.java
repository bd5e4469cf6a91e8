package dev.stackwright.observability;

import java.util.regex.Pattern;

/**
 * Prometheus durations ({@code 30s}, {@code 5m}, {@code 1h30m}): the grammar the operator accepts.
 */
public final class Durations {
  private static final Pattern DURATION =
      Pattern.compile(
          "(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?");

  private static final Pattern GO_DURATION = Pattern.compile("([0-9]+h)?([0-9]+m)?([0-9]+s)?");

  private Durations() {}

  /**
   * Whether {@code value} is a non-empty duration in hours, minutes and seconds ({@code 336h},
   * {@code 1h30m}): what Go's duration parser and Prometheus both accept.
   */
  public static boolean isHours(String value) {
    return value != null && !value.isEmpty() && GO_DURATION.matcher(value).matches();
  }

  /**
   * The length of a valid Prometheus duration in seconds (a year counted as 365 days, milliseconds
   * dropped); -1 for an invalid one.
   */
  public static long seconds(String value) {
    if (!isValid(value)) {
      return -1;
    }
    java.util.regex.Matcher m = DURATION.matcher(value);
    m.matches();
    long[] unit = {365L * 86400, 7L * 86400, 86400, 3600, 60, 1, 0};
    long total = 0;
    for (int i = 0; i < unit.length; i++) {
      String n = m.group(2 * i + 2);
      if (n != null) {
        total += Long.parseLong(n) * unit[i];
      }
    }
    return total;
  }

  /** Whether {@code value} is a non-empty Prometheus duration. */
  public static boolean isValid(String value) {
    return value != null && !value.isEmpty() && DURATION.matcher(value).matches();
  }
}
