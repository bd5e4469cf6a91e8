package dev.stackwright.core.yaml;

import static dev.stackwright.core.yaml.ScalarStyle.isLineBreak;

/**
 * Writes one scalar in a chosen style at the cursor, lines never folded: plain, single-quoted
 * ({@code '} doubled), double-quoted (YAML escapes for control, non-printable and line-separator
 * characters, Unicode kept) and literal blocks with their indentation and chomping indicators.
 */
final class ScalarText {
  private ScalarText() {}

  static void write(TextCursor c, String text, int style) {
    switch (style) {
      case ScalarStyle.PLAIN -> plain(c, text);
      case ScalarStyle.SINGLE_QUOTED -> singleQuoted(c, text);
      case ScalarStyle.LITERAL -> literal(c, text);
      default -> doubleQuoted(c, text);
    }
  }

  /** Line breaks inside {@code text[start, end)}, a blank line first when it starts with one. */
  private static void breaks(TextCursor c, String text, int start, int end, boolean leading) {
    if (leading && text.charAt(start) == '\n') {
      c.lineBreak();
    }
    for (int i = start; i < end; i++) {
      c.lineBreak(text.charAt(i));
    }
  }

  static void plain(TextCursor c, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!c.whitespace) {
      c.column++;
      c.out.append(' ');
    }
    c.whitespace = false;
    c.indention = false;
    boolean spaces = false;
    boolean inBreaks = false;
    int start = 0;
    int length = text.length();
    for (int end = 0; end <= length; end++) {
      char ch = end < length ? text.charAt(end) : 0;
      if (spaces) {
        if (ch != ' ') {
          c.text(text, start, end);
          start = end;
        }
      } else if (inBreaks) {
        if (!isLineBreak(ch)) {
          breaks(c, text, start, end, true);
          c.writeIndent();
          c.whitespace = false;
          c.indention = false;
          start = end;
        }
      } else if (ch == 0 || ch == ' ' || isLineBreak(ch)) {
        c.text(text, start, end);
        start = end;
      }
      if (ch != 0) {
        spaces = ch == ' ';
        inBreaks = isLineBreak(ch);
      }
    }
  }

  static void singleQuoted(TextCursor c, String text) {
    c.indicator('\'', true, false, false);
    boolean spaces = false;
    boolean inBreaks = false;
    int start = 0;
    int length = text.length();
    for (int end = 0; end <= length; end++) {
      char ch = end < length ? text.charAt(end) : 0;
      if (spaces) {
        if (ch != ' ') {
          c.text(text, start, end);
          start = end;
        }
      } else if (inBreaks) {
        if (ch == 0 || !isLineBreak(ch)) {
          breaks(c, text, start, end, true);
          c.writeIndent();
          start = end;
        }
      } else if ((ch == 0 || ch == ' ' || ch == '\'' || isLineBreak(ch)) && start < end) {
        c.text(text, start, end);
        start = end;
      }
      if (ch == '\'') {
        c.column += 2;
        c.out.append("''");
        start = end + 1;
      }
      if (ch != 0) {
        spaces = ch == ' ';
        inBreaks = isLineBreak(ch);
      }
    }
    c.indicator('\'', false, false, false);
  }

  private static boolean needsEscapeCheck(char ch) {
    return ch < 0x20
        || ch > 0x7E
        || ch == '"'
        || ch == '\\'
        || ch == '\u0085'
        || ch == '\u2028'
        || ch == '\u2029'
        || ch == '\uFEFF';
  }

  private static String shortEscape(char ch) {
    return switch (ch) {
      case '\0' -> "\\0";
      case '\u0007' -> "\\a";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\u000B' -> "\\v";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case '\u001B' -> "\\e";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\u0085' -> "\\N";
      case '\u00A0' -> "\\_";
      case '\u2028' -> "\\L";
      case '\u2029' -> "\\P";
      default -> "";
    };
  }

  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x9
        || c == 0xA
        || c == 0xD
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String hex(long value, int digits) {
    String h = Long.toHexString(value);
    if (h.length() >= digits) {
      return h.substring(h.length() - digits);
    }
    return "0".repeat(digits - h.length()) + h;
  }

  static void doubleQuoted(TextCursor c, String text) {
    c.indicator('"', true, false, false);
    int start = 0;
    int length = text.length();
    for (int end = 0; end <= length; end++) {
      boolean more = end < length;
      char ch = more ? text.charAt(end) : 0;
      if (!more || needsEscapeCheck(ch)) {
        if (start < end) {
          c.text(text, start, end);
          start = end;
        }
        if (more) {
          String data = shortEscape(ch);
          if (data.isEmpty()) {
            // A high surrogate is read with whatever follows it, paired or not, as SnakeYAML does.
            int codePoint =
                Character.isHighSurrogate(ch) && end + 1 < length
                    ? Character.toCodePoint(ch, text.charAt(end + 1))
                    : ch;
            if (isPrintable(codePoint)) {
              data = new String(Character.toChars(codePoint));
              if (Character.charCount(codePoint) == 2) {
                end++;
              }
            } else if (ch <= 0xFF) {
              data = "\\x" + hex(ch, 2);
            } else if (Character.charCount(codePoint) == 2) {
              end++;
              data = "\\U" + hex(codePoint, 8);
            } else {
              data = "\\u" + hex(ch, 4);
            }
          }
          c.column += data.length();
          c.out.append(data);
          start = end + 1;
        }
      }
    }
    c.indicator('"', false, false, false);
  }

  /** The literal block header's indicators: indentation when it starts with a space or break. */
  static String blockHints(String text) {
    StringBuilder hints = new StringBuilder(2);
    char first = text.charAt(0);
    if (first == ' ' || isLineBreak(first)) {
      hints.append(TextCursor.STEP);
    }
    int n = text.length();
    if (!isLineBreak(text.charAt(n - 1))) {
      hints.append('-');
    } else if (n == 1 || isLineBreak(text.charAt(n - 2))) {
      hints.append('+');
    }
    return hints.toString();
  }

  static void literal(TextCursor c, String text) {
    c.indicator("|" + blockHints(text), true);
    c.lineBreak();
    boolean inBreaks = true;
    int start = 0;
    int length = text.length();
    for (int end = 0; end <= length; end++) {
      char ch = end < length ? text.charAt(end) : 0;
      if (inBreaks) {
        if (ch == 0 || !isLineBreak(ch)) {
          breaks(c, text, start, end, false);
          if (ch != 0) {
            c.writeIndent();
          }
          start = end;
        }
      } else if (ch == 0 || isLineBreak(ch)) {
        // SnakeYAML does not count these characters in the column; the line break resets it.
        c.out.append(text, start, end);
        if (ch == 0) {
          c.lineBreak();
        }
        start = end;
      }
      if (ch != 0) {
        inBreaks = isLineBreak(ch);
      }
    }
  }
}
