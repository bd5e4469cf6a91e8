package dev.stackwright.core.validate;

import java.util.regex.Pattern;

/**
 * Durations as Flux's custom resources take them ({@code interval}, {@code timeout}): Go duration
 * strings of whole or decimal numbers with the units {@code ms}, {@code s}, {@code m} or {@code h},
 * such as {@code 30m} or {@code 1h30m}. Flux's CRDs enforce the pattern {@code
 * ^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$}, so the API server refuses anything else.
 */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");

  private Durations() {}

  /** What is wrong with {@code value} as a duration, or null when it is one. */
  public static String problem(String value) {
    if (value == null || !DURATION.matcher(value).matches()) {
      return "expected a duration such as 30s, 10m or 1h30m (units ms, s, m, h), was \""
          + value
          + "\"";
    }
    return null;
  }
}
