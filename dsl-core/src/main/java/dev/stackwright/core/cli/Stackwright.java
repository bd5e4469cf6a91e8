package dev.stackwright.core.cli;

import dev.stackwright.core.validate.UserFrames;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The command-line entry point, one line in a user's {@code main}:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   Stackwright.main(args, () -> List.of(ShopPlatform.stack()));
 * }
 * }</pre>
 *
 * <p>Commands: {@code synth}, {@code validate}, {@code diff}, {@code watch} (synthesize again on
 * every change to the compiled definition) and {@code init-ci} (CI pipelines for the repository).
 * Exit codes: 0 ok, 1 the definition has errors (or differences, for {@code diff --exit-code}), 2 a
 * usage error (an unknown option or {@code --stack}, an output folder that may not be replaced,
 * nothing to {@code diff} against). When the definition itself throws, the report shows the frames
 * of the definition's code; {@code --stacktrace} shows every frame.
 */
public final class Stackwright {
  /** Exit code of a run that found problems in the definition. */
  public static final int EXIT_INVALID = 1;

  /** Exit code of a command line that could not be understood. */
  public static final int EXIT_USAGE = 2;

  private static final StackWalker CALLER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Stackwright() {}

  /** Runs the CLI and exits the JVM with its exit code. */
  public static void main(String[] args, StackDefinition definition) {
    DefinitionCapture.offer(definition);
    System.exit(runFrom(CALLER.getCallerClass(), args, definition));
  }

  /** Runs the CLI on the standard streams and returns its exit code. */
  public static int run(String[] args, StackDefinition definition) {
    DefinitionCapture.offer(definition);
    return runFrom(CALLER.getCallerClass(), args, definition);
  }

  private static int runFrom(Class<?> host, String[] args, StackDefinition definition) {
    return run(
        args,
        definition,
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        Optional.of(host));
  }

  /**
   * Runs the CLI writing to {@code out} and {@code err}; returns its exit code. ({@code watch}
   * needs the definition's {@code main}: run it through {@link #main} or {@link #run(String[],
   * StackDefinition)}.)
   */
  public static int run(
      String[] args, StackDefinition definition, PrintWriter out, PrintWriter err) {
    return run(args, definition, out, err, Optional.empty());
  }

  /**
   * Runs the CLI; {@code host} is the class whose {@code main} builds the definition, which {@code
   * watch} loads again after each change.
   */
  static int run(
      String[] args,
      StackDefinition definition,
      PrintWriter out,
      PrintWriter err,
      Optional<Class<?>> host) {
    Console console = new Console(definition, out, err);
    Map<Class<?>, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put(SynthCommand.class, () -> new SynthCommand(console));
    commands.put(ValidateCommand.class, () -> new ValidateCommand(console));
    commands.put(DiffCommand.class, () -> new DiffCommand(console));
    commands.put(WatchCommand.class, () -> new WatchCommand(console, host, args));
    commands.put(InitCiCommand.class, () -> new InitCiCommand(console, host));
    // picocli reads every registered command's annotations up front; a run that names its command
    // first (`synth ...`) registers only that one. Help, a typo or no command register them all.
    String first = args.length > 0 ? args[0] : "";
    boolean named = commands.keySet().stream().anyMatch(c -> nameOf(c).equals(first));
    CommandLine cli = new CommandLine(new RootCommand());
    commands.forEach(
        (type, command) -> {
          if (!named || nameOf(type).equals(first)) {
            cli.addSubcommand(command.get());
          }
        });
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UsageException) {
            err.println("error: " + ex.getMessage());
            return EXIT_USAGE;
          }
          err.println("error: " + UserFrames.describe(ex));
          if (parseResult.subcommand() != null
              && parseResult.subcommand().hasMatchedOption("--stacktrace")) {
            ex.printStackTrace(err);
          }
          return EXIT_INVALID;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(CommandLine.Command.class).name();
  }

  /** The root command: only dispatches to its subcommands. */
  @CommandLine.Command(
      name = "stackwright",
      mixinStandardHelpOptions = true,
      version = "stackwright 0.1.0",
      description = "Synthesizes Stackwright stacks into Kubernetes manifests.",
      synopsisSubcommandLabel = "(synth | validate | diff | watch | init-ci)")
  static final class RootCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
  }
}
