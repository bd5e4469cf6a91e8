package dev.stackwright.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies a stack's acknowledgements to its diagnostics: each warning covered by an acknowledgement
 * (the first that covers it) is set aside as {@link Acknowledged}; each acknowledgement that covers
 * no warning becomes a {@code core.stale-acknowledgement} warning. Errors are never acknowledged.
 * Staleness is judged only on a stack without errors: with errors, the components that have them
 * are not synthesized, so warnings about their objects are missing, not gone.
 *
 * @param diagnostics the errors and the warnings that still count, stale acknowledgements included
 * @param acknowledged the warnings set aside, in the order found
 */
public record Acknowledgements(List<Diagnostic> diagnostics, List<Acknowledged> acknowledged) {

  /** The outcome of applying {@code acknowledgements} of the stack {@code stackName}. */
  public static Acknowledgements apply(
      String stackName, List<Acknowledgement> acknowledgements, List<Diagnostic> found) {
    if (acknowledgements.isEmpty()) {
      return new Acknowledgements(List.copyOf(found), List.of());
    }
    List<Diagnostic> remaining = new ArrayList<>();
    List<Acknowledged> acknowledged = new ArrayList<>();
    boolean[] used = new boolean[acknowledgements.size()];
    for (Diagnostic d : found) {
      int by = -1;
      for (int i = 0; i < acknowledgements.size() && by < 0; i++) {
        if (acknowledgements.get(i).covers(d, stackName)) {
          by = i;
        }
      }
      if (by < 0) {
        remaining.add(d);
      } else {
        used[by] = true;
        acknowledged.add(new Acknowledged(d, acknowledgements.get(by)));
      }
    }
    boolean errors = found.stream().anyMatch(Diagnostic::isError);
    for (int i = 0; i < used.length && !errors; i++) {
      Acknowledgement a = acknowledgements.get(i);
      if (!used[i] && !a.reason().isBlank()) {
        remaining.add(
            new Diagnostic(
                Severity.WARNING,
                Rules.STALE_ACKNOWLEDGEMENT,
                "stack " + stackName + " / acknowledgements[" + i + "]",
                String.format(
                    Locale.ROOT,
                    "acknowledges %s at %s, but no such warning is reported; remove the"
                        + " acknowledgement",
                    a.rule(),
                    a.pathIn(stackName))));
      }
    }
    return new Acknowledgements(List.copyOf(remaining), List.copyOf(acknowledged));
  }
}
