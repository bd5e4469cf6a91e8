package dev.stackwright.core.cli;

import dev.stackwright.core.output.Layout;
import dev.stackwright.core.synth.SynthResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code validate}: synthesizes in memory and reports every problem; writes nothing. */
@CommandLine.Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the stacks and report every problem; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  private final Console console;

  @CommandLine.Mixin StackOptions options = new StackOptions();

  @CommandLine.Option(
      names = "--layout",
      defaultValue = "per-object",
      converter = OutputOptions.LayoutConverter.class,
      description =
          "Check that this output layout can keep the apply order, as synth would:"
              + " per-object (default), per-layer or single.")
  Layout layout;

  ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Optional<List<SynthResult>> results = console.synthesize(options);
    if (results.isEmpty() || Console.layoutProblems(console, results.get(), layout)) {
      return Stackwright.EXIT_INVALID;
    }
    for (SynthResult r : results.get()) {
      console.out.printf("%s: ok, %d objects%n", Console.label(r), r.objects().size());
      Summary.acknowledged(console.out, r);
    }
    return 0;
  }
}
