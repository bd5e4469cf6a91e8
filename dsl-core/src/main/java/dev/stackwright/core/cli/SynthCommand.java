package dev.stackwright.core.cli;

import dev.stackwright.core.dev.DevFiles;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.OutputException;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.report.Report;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.StackwrightException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code synth}: synthesizes the stacks and replaces the output folder with their manifests. */
@CommandLine.Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = "Synthesize the stacks into an output folder (replaced whole, all or nothing).")
final class SynthCommand implements Callable<Integer> {
  private final Console console;

  @CommandLine.Mixin StackOptions options = new StackOptions();

  @CommandLine.Mixin OutputOptions output = new OutputOptions();

  @CommandLine.Option(
      names = "--report",
      description =
          "Also write a self-contained HTML report beside each stack's manifests (report.html:"
              + " topology, objects, stages, warnings, security, changes since the previous"
              + " output) and an index of each stack's environments (index.html).")
  boolean report;

  @CommandLine.Option(
      names = "--dev-files",
      description =
          "Also write the inner loop beside each stack's manifests (dev-loop/: skaffold.yaml,"
              + " Tiltfile): build the images the stack takes from a build, apply its stages.")
  boolean devFiles;

  SynthCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    output.check();
    if (devFiles && !output.formats.contains(Format.PLAIN)) {
      throw new UsageException("--dev-files applies the plain manifests; add plain to --format");
    }
    Optional<OutputFolder> prepared = output.prepareFolder(console);
    if (prepared.isEmpty()) {
      return Stackwright.EXIT_USAGE;
    }
    OutputFolder folder = prepared.get();
    Optional<List<SynthResult>> results = console.synthesize(options, output::applyDelivery);
    if (results.isEmpty()) {
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    if (Console.layoutProblems(console, results.get(), output.layout)) {
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    List<String> files;
    try {
      files =
          devFiles
              ? DevFiles.write(folder, results.get(), output.layout, output.formatSet(), report)
              : report
                  ? Report.write(folder, results.get(), output.layout, output.formatSet())
                  : StackOutput.write(folder, results.get(), output.layout, output.formatSet());
    } catch (OutputException e) {
      console.err.println("error: " + e.getMessage());
      return Stackwright.EXIT_INVALID;
    } catch (StackwrightException e) {
      console.err.println("error: the output cannot be written:");
      e.diagnostics().forEach(d -> console.err.println("  " + d));
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    Summary.print(console.out, results.get(), folder.path(), output.layout, files);
    if (report) {
      files.stream()
          .filter(f -> f.endsWith("/" + Report.FILE) || f.endsWith("/" + Report.INDEX))
          .forEach(f -> console.out.println("report: " + folder.path().resolve(f)));
    }
    return 0;
  }
}
