package dev.stackwright.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.output.ObjectDiff;
import dev.stackwright.core.output.OutputException;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.StackwrightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code watch}: synthesizes like {@code synth}, then again each time the definition's compiled
 * classes change (the IDE's build, or {@code mvn compile} in another terminal), loading the
 * definition afresh each time and printing only what changed: the objects added, removed and
 * changed with their fields, or the definition's errors, the last good output staying on disk.
 */
@CommandLine.Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesize into the output folder, then again whenever the definition's classes change"
          + " (compile in another terminal or let the IDE build); print only what changed.",
      "Stops with Ctrl-C."
    })
final class WatchCommand implements Callable<Integer> {
  /** How long the folders must be quiet after a change: a compile writes many files. */
  static final Duration DEBOUNCE = Duration.ofMillis(300);

  private final Console console;
  private final Optional<Class<?>> host;
  private final String[] args;

  @CommandLine.Mixin StackOptions options = new StackOptions();

  @CommandLine.Mixin OutputOptions output = new OutputOptions();

  @CommandLine.Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Also watch this folder, e.g. one the definition reads values from (repeatable; the"
              + " definition's class folder is always watched).")
  List<Path> extra = new ArrayList<>();

  /** Test hook: how long the folders must be quiet after a change. */
  Duration debounce = DEBOUNCE;

  WatchCommand(Console console, Optional<Class<?>> host, String[] args) {
    this.console = console;
    this.host = host;
    this.args = args.clone();
  }

  /** Runs until Ctrl-C, or until the thread is interrupted (which is how tests stop it). */
  @Override
  public Integer call() throws IOException {
    output.check();
    DefinitionReloader reloader =
        DefinitionReloader.of(
            host.orElseThrow(
                () ->
                    new UsageException(
                        "watch needs the class whose main calls Stackwright.main, to load it"
                            + " again after each change; run watch through that main")),
            args);
    List<Path> watched = new ArrayList<>(List.of(reloader.folder()));
    for (Path dir : extra) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(
            "--watch " + dir + ": " + dir.toAbsolutePath().normalize() + " is not a folder");
      }
      watched.add(dir);
    }
    Optional<OutputFolder> prepared = output.prepareFolder(console);
    if (prepared.isEmpty()) {
      return Stackwright.EXIT_USAGE;
    }
    OutputFolder folder = prepared.get();
    try (ChangeWatcher watcher = new ChangeWatcher(watched, folder.path(), debounce)) {
      console.out.println(
          "watching "
              + String.join(", ", watched.stream().map(Path::toString).toList())
              + " for changes to "
              + reloader.hostName()
              + " (Ctrl-C to stop)");
      Optional<Map<String, Map<String, JsonNode>>> last = run(reloader, folder, Optional.empty());
      while (!Thread.currentThread().isInterrupted()) {
        try {
          do {
            watcher.awaitChange();
          } while (!reloader.present()); // a compile deleted it and is still writing
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        console.out.println("change detected: synthesizing again");
        Optional<Map<String, Map<String, JsonNode>>> now = run(reloader, folder, last);
        if (now.isPresent()) {
          last = now;
        }
        console.out.flush();
        console.err.flush();
      }
    }
    console.out.println("watch stopped");
    return 0;
  }

  /**
   * One run: loads and synthesizes the definition, writes the output, and prints a summary (the
   * first time) or what changed since {@code previous}; returns the objects written by output, or
   * empty when nothing was written.
   */
  private Optional<Map<String, Map<String, JsonNode>>> run(
      DefinitionReloader reloader,
      OutputFolder folder,
      Optional<Map<String, Map<String, JsonNode>>> previous)
      throws IOException {
    Optional<DefinitionReloader.Loaded> loaded = reloader.load(console.err);
    if (loaded.isEmpty()) {
      return kept(folder);
    }
    try (DefinitionReloader.Loaded definition = loaded.get()) {
      Console fresh = new Console(definition.definition(), console.out, console.err);
      Optional<List<SynthResult>> results;
      try {
        results = fresh.synthesize(options, output::applyDelivery);
      } catch (UsageException e) {
        if (previous.isEmpty()) {
          throw e;
        }
        console.err.println("error: " + e.getMessage());
        return kept(folder);
      }
      if (results.isEmpty() || Console.layoutProblems(console, results.get(), output.layout)) {
        return kept(folder);
      }
      List<String> files;
      try {
        files = StackOutput.write(folder, results.get(), output.layout, output.formatSet());
      } catch (OutputException e) {
        console.err.println("error: " + e.getMessage());
        return kept(folder);
      } catch (StackwrightException e) {
        console.err.println("error: the output cannot be written:");
        e.diagnostics().forEach(d -> console.err.println("  " + d));
        return kept(folder);
      }
      Map<String, Map<String, JsonNode>> objects = new LinkedHashMap<>();
      for (SynthResult r : results.get()) {
        objects.put(Console.label(r), ObjectDiff.fresh(r.objects()));
      }
      if (previous.isEmpty()) {
        Summary.print(console.out, results.get(), folder.path(), output.layout, files);
      } else {
        printChanges(previous.get(), objects);
      }
      return Optional.of(objects);
    }
  }

  private Optional<Map<String, Map<String, JsonNode>>> kept(OutputFolder folder) {
    console.err.println(
        "nothing was written; "
            + folder.path()
            + " keeps the last good output. Waiting for the next change.");
    return Optional.empty();
  }

  private void printChanges(
      Map<String, Map<String, JsonNode>> before, Map<String, Map<String, JsonNode>> after) {
    for (Map.Entry<String, Map<String, JsonNode>> e : after.entrySet()) {
      List<ObjectDiff.Change> changes =
          ObjectDiff.compare(before.getOrDefault(e.getKey(), Map.of()), e.getValue());
      console.out.printf(
          "%s: %s%n",
          e.getKey(),
          changes.isEmpty()
              ? "no changes"
              : changes.size() + (changes.size() == 1 ? " object differs" : " objects differ"));
      for (ObjectDiff.Change c : changes) {
        console.out.println("  " + c.sign() + " " + c.object());
        c.fields().forEach(f -> console.out.println("      " + f));
      }
    }
    before.keySet().stream()
        .filter(label -> !after.containsKey(label))
        .forEach(label -> console.out.println(label + ": no longer in the definition"));
  }
}
