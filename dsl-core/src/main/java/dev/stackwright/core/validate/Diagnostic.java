package dev.stackwright.core.validate;

/**
 * One problem found in a stack definition.
 *
 * @param severity error or warning
 * @param rule a stable rule id such as {@code core.duplicate-object}, for tests and suppressions
 * @param path where the problem is, e.g. {@code stack shop / workload api / container app /
 *     ports[0].containerPort}
 * @param message what was expected and what was found
 */
public record Diagnostic(Severity severity, String rule, String path, String message) {

  /** Whether this diagnostic is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return path + ": " + message + " [" + rule + "]";
  }
}
