package dev.stackwright.crd;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of CRD import: {@code import <crd file or folder> --package <java package>
 * [--sources src/main/java] [--resources src/main/resources]}. Exit code 0 when the classes were
 * written, 1 when an input is not a usable CRD (every problem printed, naming its file; nothing
 * written), 2 for a usage error. It never prints a stack trace.
 *
 * <pre>{@code
 * mvn -pl dsl-crd exec:java -Dexec.mainClass=dev.stackwright.crd.CrdImportCli \
 *     -Dexec.args="import crds/keda.sh_scaledobjects.yaml --package com.example.keda"
 * }</pre>
 */
@Command(
    name = "stackwright-crd",
    mixinStandardHelpOptions = true,
    description = "Typed Java classes from CustomResourceDefinitions.",
    subcommands = CrdImportCli.ImportCommand.class)
public final class CrdImportCli implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line; exits the JVM with the exit code when it is not 0, and returns normally
   * on success, so {@code mvn exec:java} can run it inside the build.
   */
  public static void main(String[] args) {
    int code =
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line, writing to {@code out} and {@code err}; returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CrdImportCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("stackwright-crd: " + e);
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: import");
  }

  /** {@code import}: see {@link CrdImporter}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Writes typed classes (fabric8 java-generator), a copy of each CRD and a <Kind>Crd"
              + " descriptor class for the CRDs in a file or folder.")
  static final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CRD", description = "a CRD YAML file, or a folder")
    Path input;

    @Option(
        names = {"-p", "--package"},
        required = true,
        description = "the Java package of the classes")
    String javaPackage;

    @Option(
        names = "--sources",
        defaultValue = "src/main/java",
        description = "where the Java sources go (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(
        names = "--resources",
        defaultValue = "src/main/resources",
        description = "where the copied CRDs go (default: ${DEFAULT-VALUE})")
    Path resources;

    @Override
    public Integer call() {
      ImportResult result = CrdImporter.run(input, javaPackage, sources, resources);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!result.ok()) {
        result.problems().forEach(p -> err.println("import: " + p));
        err.println("import: nothing written");
        return 1;
      }
      out.printf("import: wrote %d files (%s, %s)%n", result.written().size(), sources, resources);
      return 0;
    }
  }
}
