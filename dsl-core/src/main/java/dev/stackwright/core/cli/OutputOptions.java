package dev.stackwright.core.cli;

import dev.stackwright.core.Stack;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputException;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.stage.DeliveryTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The options of the commands that write an output folder ({@code synth}, {@code watch}): where, in
 * which layout and formats, wired for which delivery tool, and how long to wait for another run
 * writing the same folder. Declared once, so the two commands always take the same ones.
 */
final class OutputOptions {
  @CommandLine.Option(
      names = "--out",
      defaultValue = "${sys:" + Defaults.OUT + ":-dist}",
      description =
          "Output folder, one sub-folder per stack (default: ${DEFAULT-VALUE}; the system"
              + " property "
              + Defaults.OUT
              + " sets it).")
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
      defaultValue = "${sys:" + Defaults.FORMAT + ":-plain}",
      converter = FormatConverter.class,
      description =
          "plain, helm, or both as plain,helm (default: ${DEFAULT-VALUE}; the system property "
              + Defaults.FORMAT
              + " sets it).")
  Set<Format> formats = new LinkedHashSet<>();

  @CommandLine.Option(
      names = "--delivery",
      converter = DeliveryConverter.class,
      description =
          "Wire the apply stages for flux, argo-cd or kubectl instead of each stack's own"
              + " delivery (default: the stack's, Flux unless it says otherwise).")
  DeliveryTool delivery;

  @CommandLine.Option(
      names = "--lock-wait",
      defaultValue = "60",
      description =
          "Seconds to wait for another run writing the same --out folder (default:"
              + " ${DEFAULT-VALUE}).")
  long lockWaitSeconds;

  /**
   * Refuses option values picocli cannot: a negative {@code --lock-wait}.
   *
   * @throws UsageException naming the option and the value
   */
  void check() {
    if (lockWaitSeconds < 0) {
      throw new UsageException("--lock-wait must be 0 or more seconds, was " + lockWaitSeconds);
    }
  }

  /** The formats asked for, as a set the writers take. */
  EnumSet<Format> formatSet() {
    return EnumSet.copyOf(formats);
  }

  /** {@code stack} wired for {@code --delivery}, or as it is when the option is not given. */
  Stack applyDelivery(Stack stack) {
    return delivery == null ? stack : delivery.applyTo(stack);
  }

  /**
   * The output folder, after restoring what an interrupted run left aside, checked to be
   * replaceable; empty (with the reason printed to {@code console}) when it may not be written.
   */
  Optional<OutputFolder> prepareFolder(Console console) {
    OutputFolder folder = OutputFolder.at(out).withLockWait(Duration.ofSeconds(lockWaitSeconds));
    try {
      if (folder.recover()) {
        console.err.println(
            "note: restored the previous output of "
                + folder.path()
                + ", which an interrupted run had left aside");
      }
      folder.checkReplaceable();
    } catch (OutputException e) {
      console.err.println("error: " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(folder);
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
