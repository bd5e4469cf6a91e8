package dev.stackwright.security.policy;

import java.util.List;
import java.util.stream.Collectors;

/** CEL literals for generated expressions. */
final class Cel {
  private Cel() {}

  /** A CEL string literal, single-quoted. */
  static String string(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A CEL list of string literals. */
  static String list(List<String> values) {
    return values.stream().map(Cel::string).collect(Collectors.joining(", ", "[", "]"));
  }
}
