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

  /** Asserts an error of {@code rule} whose path ends with (or contains) {@code pathPart}. */
  public SynthResultAssert hasError(String rule, String pathPart) {
    return hasDiagnostic(Severity.ERROR, rule, pathPart);
  }

  /** Asserts a warning of {@code rule} whose path contains {@code pathPart}. */
  public SynthResultAssert hasWarning(String rule, String pathPart) {
    return hasDiagnostic(Severity.WARNING, rule, pathPart);
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

  private SynthResultAssert hasDiagnostic(Severity severity, String rule, String pathPart) {
    isNotNull();
    boolean found =
        actual.diagnostics().stream()
            .anyMatch(
                d ->
                    d.severity() == severity
                        && d.rule().equals(rule)
                        && d.path().contains(pathPart));
    if (!found) {
      failWithMessage(
          "expected %s %s at a path containing \"%s\", but the diagnostics are:%n%s",
          severity.name().toLowerCase(java.util.Locale.ROOT),
          rule,
          pathPart,
          render(actual.diagnostics()));
    }
    return this;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "  (none)";
    }
    return diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
