package dev.stackwright.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.output.ObjectDiff;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @CommandLine.Mixin StackOptions options = new StackOptions();

  @CommandLine.Option(
      names = "--out",
      defaultValue = "${sys:" + Defaults.OUT + ":-dist}",
      description =
          "The earlier output folder (default: ${DEFAULT-VALUE}; the system property "
              + Defaults.OUT
              + " sets it).")
  Path out;

  @CommandLine.Option(
      names = "--exit-code",
      description = "Exit with 1 when there are differences, like git diff --exit-code.")
  boolean exitCode;

  @CommandLine.Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (default) or markdown: a comment for a pull or merge request, on standard output.")
  DiffFormat format;

  /** How {@code diff} prints the changes. */
  enum DiffFormat {
    TEXT,
    MARKDOWN
  }

  DiffCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(out)) {
      throw new UsageException(
          "nothing to compare with: "
              + out.toAbsolutePath().normalize()
              + " does not exist or is not a folder; run synth first, or point --out at an"
              + " earlier output");
    }
    Optional<List<SynthResult>> results = console.synthesize(options);
    if (results.isEmpty()) {
      return Stackwright.EXIT_INVALID;
    }
    List<Map<String, JsonNode>> earlier = new ArrayList<>();
    for (SynthResult r : results.get()) {
      earlier.add(ObjectDiff.read(out.resolve(StackOutput.folderOf(r))));
    }
    if (earlier.stream().allMatch(Map::isEmpty)) {
      throw new UsageException(
          "nothing to compare with: "
              + out.toAbsolutePath().normalize()
              + " holds no plain YAML output for "
              + String.join(", ", results.get().stream().map(Console::label).toList())
              + "; was it written with --format plain?");
    }
    int total = 0;
    int index = 0;
    MarkdownDiff markdown = new MarkdownDiff();
    for (SynthResult r : results.get()) {
      Path folder = out.resolve(StackOutput.folderOf(r));
      Map<String, JsonNode> before = earlier.get(index++);
      List<ObjectDiff.Change> changes = ObjectDiff.compare(before, ObjectDiff.fresh(r.objects()));
      total += changes.size();
      if (format == DiffFormat.MARKDOWN) {
        markdown.stack(Console.label(r), folder.toString(), changes);
        continue;
      }
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
    if (format == DiffFormat.MARKDOWN) {
      console.out.print(markdown.render());
    }
    return exitCode && total > 0 ? Stackwright.EXIT_INVALID : 0;
  }
}
