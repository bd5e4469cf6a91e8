package dev.stackwright.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code diff}: what a synth would change in an earlier output folder, object by object. */
@CommandLine.Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare a fresh synthesis with an earlier output folder: objects added (+),"
            + " removed (-) and changed (~) with their field paths.")
final class DiffCommand implements Callable<Integer> {
  private final Console console;

  @CommandLine.Option(
      names = "--out",
      defaultValue = "dist",
      description = "The earlier output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @CommandLine.Option(names = "--stack", description = "Compare only this stack (repeatable).")
  Set<String> stacks = new LinkedHashSet<>();

  @CommandLine.Option(
      names = "--exit-code",
      description = "Exit with 1 when there are differences, like git diff --exit-code.")
  boolean exitCode;

  DiffCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Optional<List<SynthResult>> results = console.synthesize(strict, stacks);
    if (results.isEmpty()) {
      return Stackwright.EXIT_INVALID;
    }
    int total = 0;
    for (SynthResult r : results.get()) {
      Path folder = out.resolve(StackOutput.folderOf(r));
      Map<String, JsonNode> before = ObjectDiff.read(folder);
      List<ObjectDiff.Change> changes = ObjectDiff.compare(before, ObjectDiff.fresh(r.objects()));
      total += changes.size();
      console.out.printf(
          "%s against %s: %s%n",
          Console.label(r),
          folder,
          changes.isEmpty() ? "no changes" : changes.size() + " objects differ");
      for (ObjectDiff.Change c : changes) {
        console.out.println("  " + c.sign() + " " + c.object());
        c.fields().forEach(f -> console.out.println("      " + f));
      }
    }
    return exitCode && total > 0 ? Stackwright.EXIT_INVALID : 0;
  }
}
