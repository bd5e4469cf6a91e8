package dev.stackwright.core.cli;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.StackwrightException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What the commands share: building and synthesizing the stacks, and reporting problems. */
final class Console {
  private final StackDefinition definition;
  final PrintWriter out;
  final PrintWriter err;

  Console(StackDefinition definition, PrintWriter out, PrintWriter err) {
    this.definition = definition;
    this.out = out;
    this.err = err;
  }

  /**
   * Builds and synthesizes the selected stacks; reports every problem and returns empty when any
   * stack failed (or the definition itself threw).
   */
  Optional<List<SynthResult>> synthesize(boolean strict, Set<String> only) {
    return synthesize(strict, only, UnaryOperator.identity());
  }

  /** As {@link #synthesize(boolean, Set)}, each stack first changed by {@code adjust}. */
  Optional<List<SynthResult>> synthesize(
      boolean strict, Set<String> only, UnaryOperator<Stack> adjust) {
    List<Stack> stacks;
    try {
      stacks = definition.stacks();
    } catch (StackwrightException e) {
      err.println("error: the stack definition is invalid:");
      e.diagnostics().forEach(d -> err.println("  " + d));
      return Optional.empty();
    }
    List<Stack> selected =
        stacks.stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
    if (selected.isEmpty()) {
      err.println(
          "error: no stack to synthesize"
              + (only.isEmpty() ? "" : " (none is called " + String.join(", ", only) + ")")
              + "; the definition has: "
              + String.join(", ", stacks.stream().map(Stack::name).toList()));
      return Optional.empty();
    }
    Synthesizer synthesizer = strict ? Synthesizer.strict() : Synthesizer.lenient();
    List<SynthResult> results = new ArrayList<>();
    boolean ok = true;
    for (Stack s : selected) {
      SynthResult r = synthesizer.run(adjust.apply(s));
      results.add(r);
      ok &= r.ok();
    }
    for (SynthResult r : results) {
      report(r);
    }
    return ok ? Optional.of(results) : Optional.empty();
  }

  private void report(SynthResult r) {
    String name = label(r);
    if (!r.ok()) {
      List<Diagnostic> errors = r.errors();
      err.printf(
          "%s: %d %s%s%n",
          name,
          errors.size(),
          errors.size() == 1 ? "error" : "errors",
          r.strict() && !r.warnings().isEmpty() ? " (strict: warnings count as errors)" : "");
      errors.forEach(d -> err.println("  " + (d.isError() ? "error   " : "warning ") + d));
    } else if (!r.warnings().isEmpty()) {
      err.printf(
          "%s: %d %s%n",
          name, r.warnings().size(), r.warnings().size() == 1 ? "warning" : "warnings");
      r.warnings().forEach(d -> err.println("  warning " + d));
    }
  }

  static String label(SynthResult r) {
    return "stack " + r.stackName() + " (" + r.environment().name() + ")";
  }

  /** A one-line description of an unexpected exception, without a stack trace. */
  static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }
}
