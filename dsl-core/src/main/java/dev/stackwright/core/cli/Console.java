package dev.stackwright.core.cli;

import dev.stackwright.core.Stack;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.StackwrightException;
import dev.stackwright.core.validate.UserFrames;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
   *
   * @throws UsageException when {@code --stack} names a stack the definition does not have
   */
  Optional<List<SynthResult>> synthesize(StackOptions options) {
    return synthesize(options, UnaryOperator.identity());
  }

  /** As {@link #synthesize(StackOptions)}, each stack first changed by {@code adjust}. */
  Optional<List<SynthResult>> synthesize(StackOptions options, UnaryOperator<Stack> adjust) {
    Optional<List<Stack>> built = build(options.stacktrace);
    if (built.isEmpty()) {
      return Optional.empty();
    }
    List<Stack> stacks = built.get();
    Set<String> known = new LinkedHashSet<>();
    stacks.forEach(s -> known.add(s.name()));
    for (String name : options.stacks) {
      if (!known.contains(name)) {
        throw new UsageException(
            "unknown stack \""
                + name
                + "\" in --stack; the definition has: "
                + String.join(", ", known));
      }
    }
    if (stacks.isEmpty()) {
      err.println("error: the stack definition returned no stack");
      return Optional.empty();
    }
    Set<String> only = options.stacks;
    List<Stack> selected =
        stacks.stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
    boolean strict = options.strict;
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

  /**
   * Calls the user's definition. A mistake it throws is reported with the frames of the user's own
   * code (every frame with {@code --stacktrace}), never as a bare stack trace.
   */
  private Optional<List<Stack>> build(boolean stacktrace) {
    List<Stack> stacks;
    try {
      stacks = definition.stacks();
    } catch (StackwrightException e) {
      err.println("error: the stack definition is invalid:");
      e.diagnostics().forEach(d -> err.println("  " + d));
      return Optional.empty();
    } catch (RuntimeException | ExceptionInInitializerError e) {
      err.println("error: the stack definition threw " + UserFrames.describe(e));
      if (stacktrace) {
        e.printStackTrace(err);
      } else {
        UserFrames.lines(e).forEach(line -> err.println("  " + line));
      }
      return Optional.empty();
    }
    if (stacks == null || stacks.stream().anyMatch(Objects::isNull)) {
      err.println(
          "error: the stack definition returned "
              + (stacks == null ? "null" : "a null stack")
              + " instead of a list of stacks");
      return Optional.empty();
    }
    return Optional.of(stacks);
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
    return "stack " + r.stackName() + " (" + r.outputName() + ")";
  }

  /**
   * Prints what keeps {@code layout} from writing {@code results} in apply order; true when there
   * is something.
   */
  static boolean layoutProblems(Console console, List<SynthResult> results, Layout layout) {
    boolean any = false;
    for (SynthResult r : results) {
      List<Diagnostic> problems = ManifestFiles.layoutProblems(r, layout);
      if (!problems.isEmpty()) {
        console.err.println(label(r) + ": cannot be written in the " + layout + " layout:");
        problems.forEach(d -> console.err.println("  error " + d));
        any = true;
      }
    }
    return any;
  }
}
