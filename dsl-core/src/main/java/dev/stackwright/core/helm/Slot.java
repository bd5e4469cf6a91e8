package dev.stackwright.core.helm;

import java.util.Locale;

/**
 * A field of an object that the chart templates: where it is, and the Go template expression that
 * yields its JSON value from {@code .Values}.
 *
 * @param objectKey the object, as {@code Kind/namespace/name}
 * @param pointer the field's JSON pointer
 * @param expression the template pipeline, without the braces
 */
record Slot(String objectKey, String pointer, String expression) {

  /** The expression that reads {@code path} (dotted) from the values, as JSON. */
  static String read(String path) {
    return "index .Values " + quoted(path);
  }

  /** The values path as quoted {@code index} arguments: {@code "api" "replicas"}. */
  static String quoted(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : com.google.common.base.Splitter.on('.').split(path)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append('"').append(segment).append('"');
    }
    return out.toString();
  }

  /** {@code text} as a Go template string literal: quoted, with escapes Go reads back exactly. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
