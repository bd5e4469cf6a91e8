package dev.stackwright.core.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception type for mistakes in a stack definition. It carries every diagnostic found,
 * each with its path, so one run reports all of them.
 */
public final class StackwrightException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /** An exception carrying the given diagnostics; there must be at least one. */
  public StackwrightException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** An exception for one error at {@code path}. */
  public static StackwrightException at(String path, String rule, String message) {
    return new StackwrightException(List.of(new Diagnostic(Severity.ERROR, rule, path, message)));
  }

  /** Every diagnostic this exception carries. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.size() == 1) {
      return diagnostics.get(0).toString();
    }
    return diagnostics.size()
        + " problems:\n"
        + diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
