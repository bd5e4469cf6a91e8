package dev.stackwright.core.testing;

import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * AssertJ assertions over a {@link SynthResult}: find objects, check diagnostics by rule and path.
 */
public final class SynthResultAssert extends AbstractAssert<SynthResultAssert, SynthResult> {

  SynthResultAssert(SynthResult actual) {
    super(actual, SynthResultAssert.class);
  }

  /** Asserts the stack synthesized without errors; the message lists every error otherwise. */
  public SynthResultAssert isOk() {
    isNotNull();
    if (!actual.ok()) {
      failWithMessage(
          "expected stack %s to synthesize, but it has errors:%n%s",
          actual.stackName(), render(actual.errors()));
    }
    return this;
  }

  /** Asserts the stack did not synthesize. */
  public SynthResultAssert isNotOk() {
    isNotNull();
    if (actual.ok()) {
      failWithMessage("expected stack %s to fail, but it synthesized", actual.stackName());
    }
    return this;
  }

  /**
   * Asserts an error of {@code rule} at {@code path}: the whole path, or its last segments from a
   * segment boundary ({@code "workload api / container app / ports[0].containerPort"} or {@code
   * "container app / ports[0].containerPort"}), never a substring inside a segment.
   */
  public SynthResultAssert hasError(String rule, String path) {
    return hasDiagnostic(Severity.ERROR, rule, path, "");
  }

  /** Asserts an error of {@code rule} at {@code path} whose message contains {@code message}. */
  public SynthResultAssert hasError(String rule, String path, String message) {
    return hasDiagnostic(Severity.ERROR, rule, path, message);
  }

  /** Asserts a warning of {@code rule} at {@code path}, matched as {@link #hasError} does. */
  public SynthResultAssert hasWarning(String rule, String path) {
    return hasDiagnostic(Severity.WARNING, rule, path, "");
  }

  /** Asserts a warning of {@code rule} at {@code path} whose message contains {@code message}. */
  public SynthResultAssert hasWarning(String rule, String path, String message) {
    return hasDiagnostic(Severity.WARNING, rule, path, message);
  }

  /** Asserts no diagnostic of {@code rule} at all. */
  public SynthResultAssert hasNoDiagnostic(String rule) {
    isNotNull();
    List<Diagnostic> found =
        actual.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    if (!found.isEmpty()) {
      failWithMessage("expected no diagnostic of rule %s, but found:%n%s", rule, render(found));
    }
    return this;
  }

  /** Assertions over the diagnostics, for anything the methods above do not say. */
  public ListAssert<Diagnostic> diagnostics() {
    isNotNull();
    return Assertions.assertThat(actual.diagnostics());
  }

  /** Asserts the stack synthesized and has the object of this type and name (any namespace). */
  public <T extends HasMetadata> ObjectAssert<T> object(Class<T> type, String name) {
    return object(type, null, name);
  }

  /** Asserts the stack synthesized and has the object of this type, namespace and name. */
  public <T extends HasMetadata> ObjectAssert<T> object(
      Class<T> type, String namespace, String name) {
    isOk();
    Optional<T> found = actual.find(type, namespace, name);
    if (found.isEmpty()) {
      failWithMessage(
          "expected a %s called %s%s, but the stack has:%n%s",
          HasMetadata.getKind(type),
          name,
          namespace == null ? "" : " in namespace " + namespace,
          actual.entries().stream()
              .map(e -> "  " + e.describe())
              .collect(Collectors.joining("\n")));
    }
    return Assertions.assertThat(found.get());
  }

  /** Asserts the stack synthesized and returns assertions over every object of {@code type}. */
  public <T extends HasMetadata> ListAssert<T> all(Class<T> type) {
    isOk();
    return Assertions.assertThat(actual.all(type));
  }

  private SynthResultAssert hasDiagnostic(
      Severity severity, String rule, String path, String message) {
    isNotNull();
    boolean found =
        actual.diagnostics().stream()
            .anyMatch(
                d ->
                    d.severity() == severity
                        && d.rule().equals(rule)
                        && pathMatches(d.path(), path)
                        && d.message().contains(message));
    if (!found) {
      failWithMessage(
          "expected %s %s at path \"%s\"%s, but the diagnostics are:%n%s",
          severity.name().toLowerCase(java.util.Locale.ROOT),
          rule,
          path,
          message.isEmpty() ? "" : " saying \"" + message + "\"",
          render(actual.diagnostics()));
    }
    return this;
  }

  /** The whole path, or its trailing segments from a segment boundary. */
  static boolean pathMatches(String actualPath, String expected) {
    return actualPath.equals(expected) || actualPath.endsWith(" / " + expected);
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "  (none)";
    }
    return diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
