package dev.stackwright.mesh;

import dev.stackwright.core.validate.Checks;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mesh durations: a whole number and one unit ({@code 250ms}, {@code 2s}, {@code 1m}, {@code 1h}).
 */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private Durations() {}

  /** The duration in milliseconds, or empty when {@code value} is not a mesh duration. */
  static OptionalLong millis(String value) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(m.group(1));
    return OptionalLong.of(
        switch (m.group(2)) {
          case "ms" -> n;
          case "s" -> n * 1_000;
          case "m" -> n * 60_000;
          default -> n * 3_600_000;
        });
  }

  /** Checks {@code value} is a positive duration; returns its milliseconds, or empty. */
  static OptionalLong check(Checks checks, String field, String value) {
    OptionalLong ms = millis(value);
    if (ms.isEmpty() || ms.getAsLong() == 0) {
      checks.error(
          MeshRules.INVALID_DURATION,
          field,
          "expected a positive duration such as 250ms, 2s or 1m, was \"%s\"",
          value);
      return OptionalLong.empty();
    }
    return ms;
  }
}
