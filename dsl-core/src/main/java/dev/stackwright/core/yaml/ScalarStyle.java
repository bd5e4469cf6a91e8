package dev.stackwright.core.yaml;

/**
 * How a scalar is written, from the style Jackson asks for and what the text allows (SnakeYAML's
 * rules): plain where no indicator, leading or trailing space, leading zero or special character
 * could change its meaning, single-quoted where only that stops it, double-quoted with escapes
 * otherwise, and literal blocks for multi-line text that has no trailing space and no character
 * that needs an escape.
 */
final class ScalarStyle {
  static final int PLAIN = 0;
  static final int SINGLE_QUOTED = 1;
  static final int DOUBLE_QUOTED = 2;
  static final int LITERAL = 3;

  static final int EMPTY = 1;
  static final int MULTILINE = 1 << 1;
  static final int ALLOW_PLAIN = 1 << 2;
  static final int ALLOW_SINGLE_QUOTED = 1 << 3;
  static final int ALLOW_BLOCK = 1 << 4;

  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

  private ScalarStyle() {}

  /** The style to write with, given the requested one and the text's {@link #analyze} flags. */
  static int choose(int requested, int flags, boolean simpleKey) {
    if (requested == DOUBLE_QUOTED) {
      return DOUBLE_QUOTED;
    }
    if (requested == LITERAL) {
      return !simpleKey && (flags & ALLOW_BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    boolean multiline = (flags & MULTILINE) != 0;
    if (!(simpleKey && ((flags & EMPTY) != 0 || multiline)) && (flags & ALLOW_PLAIN) != 0) {
      return PLAIN;
    }
    if ((flags & ALLOW_SINGLE_QUOTED) != 0 && !(simpleKey && multiline)) {
      return SINGLE_QUOTED;
    }
    return DOUBLE_QUOTED;
  }

  static boolean isLineBreak(int c) {
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isBlank(int c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  private static boolean isBlankOrBreak(int c) {
    return isBlank(c) || c == '\r' || isLineBreak(c);
  }

  /** Whether a character may appear in a scalar without an escape (Unicode output allowed). */
  private static boolean isPrintableInText(int c) {
    return c == '\n'
        || (0x20 <= c && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean hasLeadingZero(String s) {
    if (s.length() < 2 || s.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!((ch >= '0' && ch <= '9') || ch == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Which styles the text allows in block context, as flags. */
  static int analyze(String s) {
    int length = s.length();
    if (length == 0) {
      return EMPTY | ALLOW_PLAIN | ALLOW_SINGLE_QUOTED;
    }
    boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
    boolean lineBreaks = false;
    boolean special = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean precededByWhitespace = true;
    boolean followedByWhitespace = length == 1 || isBlankOrBreak(s.codePointAt(1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int index = 0;
    while (index < length) {
      int c = s.codePointAt(index);
      if (index == 0) {
        if (LEADING_INDICATORS.indexOf(c) >= 0) {
          blockIndicators = true;
        }
        if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
          blockIndicators = true;
        }
      } else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace)) {
        blockIndicators = true;
      }
      boolean lineBreak = isLineBreak(c);
      lineBreaks |= lineBreak;
      if (!isPrintableInText(c)) {
        special = true;
      }
      if (c == ' ') {
        leadingSpace |= index == 0;
        trailingSpace |= index == length - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (lineBreak) {
        leadingBreak |= index == 0;
        trailingBreak |= index == length - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      index += Character.charCount(c);
      precededByWhitespace = isBlank(c) || lineBreak;
      followedByWhitespace = true;
      if (index + 1 < length) {
        int next = index + Character.charCount(s.codePointAt(index));
        if (next < length) {
          followedByWhitespace = isBlank(s.codePointAt(next)) || lineBreak;
        }
      }
    }
    boolean allowPlain =
        !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || hasLeadingZero(s));
    boolean allowSingle = true;
    boolean allowBlock = !trailingSpace;
    if (breakSpace) {
      allowPlain = false;
      allowSingle = false;
    }
    if (spaceBreak || special) {
      allowPlain = false;
      allowSingle = false;
      allowBlock = false;
    }
    if (blockIndicators) {
      allowPlain = false;
    }
    return (lineBreaks ? MULTILINE : 0)
        | (allowPlain ? ALLOW_PLAIN : 0)
        | (allowSingle ? ALLOW_SINGLE_QUOTED : 0)
        | (allowBlock ? ALLOW_BLOCK : 0);
  }
}
