package dev.stackwright.core.helm;

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
    for (String segment : path.split("\\.")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append('"').append(segment).append('"');
    }
    return out.toString();
  }
}
