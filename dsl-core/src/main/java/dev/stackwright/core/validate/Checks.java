package dev.stackwright.core.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects the diagnostics of a stack definition, each at a path. A {@code Checks} is positioned at
 * one place in the definition ({@code stack shop / workload api}); {@link #in} descends to a nested
 * value. All positions share one list, so every problem of the stack is reported together.
 */
public final class Checks {
  private final List<Diagnostic> sink;
  private final String path;

  private Checks(List<Diagnostic> sink, String path) {
    this.sink = sink;
    this.path = path;
  }

  /** A fresh collector at the root path {@code root}, e.g. {@code stack shop}. */
  public static Checks root(String root) {
    return new Checks(new ArrayList<>(), root);
  }

  /** The same collector, positioned one segment deeper: {@code in("container app")}. */
  public Checks in(String segment) {
    return new Checks(sink, path + " / " + segment);
  }

  /** The same collector positioned at {@code kind name}, e.g. {@code in("workload", "api")}. */
  public Checks in(String kind, String name) {
    return in(kind + " " + name);
  }

  /** Where this collector is positioned. */
  public String path() {
    return path;
  }

  /** The path of {@code field} below this position; an empty field means this position itself. */
  public String pathOf(String field) {
    return field == null || field.isEmpty() ? path : path + " / " + field;
  }

  /** Reports an error on {@code field} (relative to this position; may be empty). */
  public void error(String rule, String field, String format, Object... args) {
    sink.add(new Diagnostic(Severity.ERROR, rule, pathOf(field), format(format, args)));
  }

  /** Reports a warning on {@code field}: it fails synthesis only in strict mode. */
  public void warn(String rule, String field, String format, Object... args) {
    sink.add(new Diagnostic(Severity.WARNING, rule, pathOf(field), format(format, args)));
  }

  /** Reports a diagnostic found by another collector (a scratch one), with its own path. */
  public void add(Diagnostic diagnostic) {
    sink.add(Objects.requireNonNull(diagnostic, "diagnostic"));
  }

  /** Reports an error unless {@code condition} holds; returns the condition. */
  public boolean require(
      boolean condition, String rule, String field, String format, Object... args) {
    if (!condition) {
      error(rule, field, format, args);
    }
    return condition;
  }

  /** Checks that {@code value} is a DNS-1123 label (a Kubernetes object name). */
  public boolean label(String field, String value) {
    String problem = Names.labelProblem(value);
    if (problem != null) {
      error(Rules.INVALID_NAME, field, "%s", problem);
      return false;
    }
    return true;
  }

  /** Checks that {@code value} is a DNS-1123 subdomain (names of ConfigMaps, Secrets...). */
  public boolean subdomain(String field, String value) {
    String problem = Names.subdomainProblem(value);
    if (problem != null) {
      error(Rules.INVALID_NAME, field, "%s", problem);
      return false;
    }
    return true;
  }

  /**
   * Checks that {@code value} is a resource amount: a Kubernetes quantity such as {@code 250m} or
   * {@code 1Gi}, not negative.
   */
  public boolean quantity(String field, String value) {
    String problem = Quantities.amountProblem(value);
    if (problem != null) {
      error(Rules.INVALID_QUANTITY, field, "%s", problem);
      return false;
    }
    return true;
  }

  /** Checks that {@code name} is a valid name for an object of {@code kind}. */
  public boolean objectName(String field, String kind, String name) {
    String problem = Names.objectNameProblem(kind, name);
    if (problem != null) {
      error(Rules.INVALID_NAME, field, "%s", problem);
      return false;
    }
    return true;
  }

  /**
   * Checks every key and value of a label map ({@code metadata.labels}, a selector's {@code
   * matchLabels}); each problem is reported at {@code field["key"]}.
   */
  public boolean labels(String field, Map<String, String> labels) {
    boolean ok = true;
    if (labels == null) {
      return true;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      String at = field + "[\"" + e.getKey() + "\"]";
      String keyProblem = Labels.keyProblem(e.getKey());
      if (keyProblem != null) {
        error(Rules.INVALID_LABEL, at, "%s", keyProblem);
        ok = false;
      }
      String valueProblem = Labels.valueProblem(e.getValue());
      if (valueProblem != null) {
        error(Rules.INVALID_LABEL, at, "%s", valueProblem);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Checks the keys of an annotation map and that all of them together stay within 256 KiB; key
   * problems are reported at {@code field["key"]}, the size at {@code field}.
   *
   * @param inherited annotations that are added to the object later (the stack's), counted in the
   *     size but not checked again
   */
  public boolean annotations(
      String field, Map<String, String> annotations, Map<String, String> inherited) {
    boolean ok = true;
    Map<String, String> own = annotations == null ? Map.of() : annotations;
    long size = 0;
    for (Map.Entry<String, String> e : new TreeMap<>(own).entrySet()) {
      String problem = Labels.annotationKeyProblem(e.getKey());
      if (problem != null) {
        error(Rules.INVALID_ANNOTATION, field + "[\"" + e.getKey() + "\"]", "%s", problem);
        ok = false;
      }
      size += utf8Length(e.getKey()) + utf8Length(e.getValue());
    }
    for (Map.Entry<String, String> e : inherited.entrySet()) {
      if (!own.containsKey(e.getKey())) {
        size += utf8Length(e.getKey()) + utf8Length(e.getValue());
      }
    }
    if (size > Labels.MAX_ANNOTATIONS_SIZE) {
      error(
          Rules.INVALID_ANNOTATION,
          field,
          "annotations take %d bytes together; the API server accepts at most 262144 (256 KiB)",
          size);
      ok = false;
    }
    return ok;
  }

  /** Checks that {@code zone} is an IANA time zone name. */
  public boolean timeZone(String field, String zone) {
    String problem = TimeZones.problem(zone);
    if (problem != null) {
      error(Rules.INVALID_TIME_ZONE, field, "%s", problem);
      return false;
    }
    return true;
  }

  private static long utf8Length(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Checks that a port number is within 1..65535. */
  public boolean port(String field, int port) {
    return require(
        port >= 1 && port <= 65535,
        Rules.INVALID_PORT,
        field,
        "must be a port number between 1 and 65535, was %d",
        port);
  }

  /** Every diagnostic collected so far, by every position of this collector. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(sink);
  }

  /** Whether any error (not warning) has been collected. */
  public boolean hasErrors() {
    return sink.stream().anyMatch(Diagnostic::isError);
  }

  /** Throws a {@link StackwrightException} carrying every diagnostic if any is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new StackwrightException(sink.stream().filter(Diagnostic::isError).toList());
    }
  }

  private static String format(String format, Object... args) {
    Objects.requireNonNull(format, "format");
    return args.length == 0 ? format : String.format(Locale.ROOT, format, args);
  }
}
