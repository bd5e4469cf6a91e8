package dev.stackwright.core.yaml;

import java.util.Set;

/**
 * The style Jackson's YAML generator asks for, before SnakeYAML's emitter has its say ({@link
 * ScalarStyle#choose}): with minimal quotes, keys and values that read as booleans, nulls or
 * numbers, or hold flow indicators or comment starts, are double-quoted; multi-line values are
 * literal blocks; everything else asks for plain.
 */
final class QuotingRules {
  private static final Set<String> RESERVED =
      Set.of(
          "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL", "on", "On",
          "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES");

  private QuotingRules() {}

  private static boolean isReserved(String s) {
    return s.isEmpty() || s.charAt(0) == '~' || RESERVED.contains(s);
  }

  static int keyStyle(String name) {
    if (isReserved(name)) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    char first = name.charAt(0);
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < 0x20) {
        return ScalarStyle.DOUBLE_QUOTED;
      }
    }
    return ScalarStyle.PLAIN;
  }

  static int valueStyle(String text) {
    if (text.isEmpty()) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    if (text.indexOf('\n') >= 0) {
      return ScalarStyle.LITERAL;
    }
    if (isReserved(text) || hasQuotableChar(text) || isPlainNumber(text)) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    return ScalarStyle.PLAIN;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean hasQuotableChar(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      switch (s.charAt(i)) {
        case '[', ']', '{', '}', ',' -> {
          return true;
        }
        case '#' -> {
          if (i == 0 || isBlank(s.charAt(i - 1))) {
            return true;
          }
        }
        case ':' -> {
          if (i == n - 1 || isBlank(s.charAt(i + 1))) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /** {@code [+-]?[0-9]*(\.[0-9]*)?}, the whole text. */
  static boolean isPlainNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
    }
    return i == n;
  }
}
