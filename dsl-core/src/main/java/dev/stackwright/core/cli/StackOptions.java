package dev.stackwright.core.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine;

/** The options every command shares: which stacks, strict mode, and full stack traces. */
final class StackOptions {
  @CommandLine.Option(
      names = "--strict",
      description = "Fail on warnings too, except those the definition acknowledges.")
  boolean strict;

  @CommandLine.Option(
      names = "--stack",
      description = "Only this stack (repeatable; default: all). An unknown name is an error.")
  Set<String> stacks = new LinkedHashSet<>();

  @CommandLine.Option(
      names = "--stacktrace",
      description =
          "When the definition itself throws, show the whole stack trace, not only the frames of"
              + " the definition's own code.")
  boolean stacktrace;
}
