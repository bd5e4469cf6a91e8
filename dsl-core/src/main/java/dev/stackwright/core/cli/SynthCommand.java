package dev.stackwright.core.cli;

import dev.stackwright.core.dev.DevFiles;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputException;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.report.Report;
import dev.stackwright.core.stage.DeliveryTool;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.StackwrightException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @CommandLine.Option(
      names = "--out",
      defaultValue = "dist",
      description = "Output folder, one sub-folder per stack (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Option(
      names = "--layout",
      defaultValue = "per-object",
      converter = LayoutConverter.class,
      description = "single, per-layer or per-object (default: ${DEFAULT-VALUE}).")
  Layout layout;

  @CommandLine.Option(
      names = "--format",
      split = ",",
      defaultValue = "plain",
      converter = FormatConverter.class,
      description = "plain, helm, or both as plain,helm (default: ${DEFAULT-VALUE}).")
  Set<Format> formats = new LinkedHashSet<>();

  @CommandLine.Option(
      names = "--delivery",
      converter = DeliveryConverter.class,
      description =
          "Wire the apply stages for flux, argo-cd or kubectl instead of each stack's own"
              + " delivery (default: the stack's, Flux unless it says otherwise).")
  DeliveryTool delivery;

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

  @CommandLine.Option(
      names = "--lock-wait",
      defaultValue = "60",
      description =
          "Seconds to wait for another run writing the same --out folder (default:"
              + " ${DEFAULT-VALUE}).")
  long lockWaitSeconds;

  SynthCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (lockWaitSeconds < 0) {
      throw new UsageException("--lock-wait must be 0 or more seconds, was " + lockWaitSeconds);
    }
    if (devFiles && !formats.contains(Format.PLAIN)) {
      throw new UsageException("--dev-files applies the plain manifests; add plain to --format");
    }
    Optional<OutputFolder> prepared = console.outputFolder(out, lockWaitSeconds);
    if (prepared.isEmpty()) {
      return Stackwright.EXIT_USAGE;
    }
    OutputFolder folder = prepared.get();
    Optional<List<SynthResult>> results =
        console.synthesize(options, s -> delivery == null ? s : delivery.applyTo(s));
    if (results.isEmpty()) {
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    if (Console.layoutProblems(console, results.get(), layout)) {
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    List<String> files;
    try {
      files =
          devFiles
              ? DevFiles.write(folder, results.get(), layout, EnumSet.copyOf(formats), report)
              : report
                  ? Report.write(folder, results.get(), layout, EnumSet.copyOf(formats))
                  : StackOutput.write(folder, results.get(), layout, EnumSet.copyOf(formats));
    } catch (OutputException e) {
      console.err.println("error: " + e.getMessage());
      return Stackwright.EXIT_INVALID;
    } catch (StackwrightException e) {
      console.err.println("error: the output cannot be written:");
      e.diagnostics().forEach(d -> console.err.println("  " + d));
      console.err.println("nothing was written; " + folder.path() + " is unchanged");
      return Stackwright.EXIT_INVALID;
    }
    Summary.print(console.out, results.get(), folder.path(), layout, files);
    if (report) {
      files.stream()
          .filter(f -> f.endsWith("/" + Report.FILE) || f.endsWith("/" + Report.INDEX))
          .forEach(f -> console.out.println("report: " + folder.path().resolve(f)));
    }
    return 0;
  }

  /** Reads {@code --format} values, with the accepted ones in the error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.fromOption(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "expected plain or helm, was '" + value + "'"));
    }
  }

  /** Reads {@code --delivery} values, with the accepted ones in the error. */
  static final class DeliveryConverter implements CommandLine.ITypeConverter<DeliveryTool> {
    @Override
    public DeliveryTool convert(String value) {
      return DeliveryTool.fromOption(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "expected flux, argo-cd or kubectl, was '" + value + "'"));
    }
  }

  /** Reads {@code --layout} values, with the accepted ones in the error. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      return Layout.fromOption(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "expected single, per-layer or per-object, was '" + value + "'"));
    }
  }
}
