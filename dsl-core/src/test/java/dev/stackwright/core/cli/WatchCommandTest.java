package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch} as a user meets it: a definition compiled into a class folder, {@code watch}
 * running, the source edited and compiled again (as the IDE or {@code mvn compile} in another
 * terminal would), and only what changed printed.
 */
class WatchCommandTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String IMAGE = "registry.example.com/shop/api:";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger exitCode = new AtomicInteger(-1);
  private Thread watch;
  private URLClassLoader hostLoader;

  @AfterEach
  void stopWatching() throws Exception {
    if (watch != null) {
      watch.interrupt();
      watch.join(TIMEOUT.toMillis());
    }
    if (hostLoader != null) {
      hostLoader.close();
    }
  }

  @Test
  void aRecompiledDefinitionIsSynthesizedAgainAndOnlyWhatChangedIsPrinted() throws Exception {
    Path dist = dir.resolve("dist");
    compile(definition("api", "1.0.0"));
    startWatch("--out", dist.toString());
    await(() -> out.toString().contains("wrote "));
    Path deployment = fileContaining(dist.resolve("shop"), "kind: Deployment");
    assertThat(deployment).content().contains(IMAGE + "1.0.0");
    assertThat(out.toString()).contains("watching " + dir.resolve("classes"));

    compile(definition("api", "1.1.0"));
    await(() -> out.toString().contains("1.1.0\"")); // the last line a run prints

    assertThat(out.toString())
        .contains("change detected")
        .contains("stack shop (default): 1 object differs")
        .contains("~ Deployment shop/api (apps/v1)")
        .contains(
            "/spec/template/spec/containers/0/image: \""
                + IMAGE
                + "1.0.0\" -> \""
                + IMAGE
                + "1.1.0\"");
    assertThat(deployment).content().contains(IMAGE + "1.1.0");
    assertThat(err.toString()).isEmpty();

    watch.interrupt();
    watch.join(TIMEOUT.toMillis());
    assertThat(watch.isAlive()).isFalse();
    assertThat(exitCode.get()).isZero();
    assertThat(out.toString()).endsWith("watch stopped" + System.lineSeparator());
  }

  @Test
  void anEditThatBreaksTheDefinitionPrintsItsErrorsAndKeepsTheLastGoodOutput() throws Exception {
    Path dist = dir.resolve("dist");
    compile(definition("api", "1.0.0"));
    startWatch("--out", dist.toString());
    await(() -> out.toString().contains("wrote "));
    Path deployment = fileContaining(dist.resolve("shop"), "kind: Deployment");
    String good = Files.readString(deployment);

    compile(definition("API", "1.1.0"));
    await(() -> err.toString().contains("keeps the last good output"));

    assertThat(err.toString())
        .contains("stack shop (default): 2 errors")
        .contains("stack shop / workload API / name: expected a DNS-1123 label")
        .contains("[core.invalid-name]")
        .contains("nothing was written; " + dist);
    assertThat(deployment).content().isEqualTo(good);

    compile(definition("api", "1.2.0"));
    await(() -> Files.readString(deployment).contains(IMAGE + "1.2.0"));
  }

  @Test
  void aMainThatThrowsIsReportedWithItsFramesAndWatchingGoesOn() throws Exception {
    Path dist = dir.resolve("dist");
    compile(definition("api", "1.0.0"));
    startWatch("--out", dist.toString());
    await(() -> out.toString().contains("wrote "));

    compile(
        """
        package watched;

        public class Platform {
          public static void main(String[] args) {
            throw new IllegalStateException("no values for prod");
          }
        }
        """);
    await(() -> err.toString().contains("keeps the last good output"));

    assertThat(err.toString())
        .contains("the definition's main threw")
        .contains("no values for prod")
        .doesNotContain("\tat java.");
    assertThat(watch.isAlive()).isTrue();
  }

  @Test
  void aValuesFolderGivenWithWatchIsWatchedToo() throws Exception {
    Path values = Files.createDirectories(dir.resolve("values"));
    Files.writeString(values.resolve("tag"), "1.0.0");
    compile(
        definition("api", "1.0.0")
            .replace("\"" + IMAGE + "1.0.0\"", "\"" + IMAGE + "\" + tag()")
            .replace(
                "  static Stack stack() {",
                """
                  static String tag() {
                    try {
                      return java.nio.file.Files.readString(java.nio.file.Path.of("%s")).strip();
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }

                  static Stack stack() {"""
                    .formatted(values.resolve("tag").toString().replace("\\", "/"))));
    startWatch("--out", dir.resolve("dist").toString(), "--watch", values.toString());
    await(() -> out.toString().contains("wrote "));

    // The same bytes written again (as a build copying resources does) are no change; a burst
    // apart.
    Files.writeString(values.resolve("tag"), "1.0.0");
    Thread.sleep(WatchCommand.DEBOUNCE.multipliedBy(3).toMillis());
    Files.writeString(values.resolve("tag"), "2.0.0");
    await(() -> out.toString().contains("2.0.0\""));

    assertThat(out.toString().split("change detected", -1)).hasSize(2);
    assertThat(out.toString())
        .doesNotContain("no changes")
        .contains("stack shop (default): 1 object differs")
        .contains("1.0.0\" -> \"" + IMAGE + "2.0.0\"");
  }

  @Test
  void theDefinitionsOwnMainRunsWatchInItsJvmUntilStopped() throws Exception {
    Path dist = dir.resolve("dist");
    compile(definition("api", "1.0.0"));
    Path log = dir.resolve("watch.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                dir.resolve("classes") + File.pathSeparator + System.getProperty("java.class.path"),
                "watched.Platform",
                "watch",
                "--out",
                dist.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      await(() -> Files.readString(log).contains("wrote "), process::isAlive, log);
      assertThat(Files.readString(log)).contains("for changes to watched.Platform");

      compile(definition("api", "1.1.0"));
      await(() -> Files.readString(log).contains("1.1.0\""), process::isAlive, log);

      assertThat(Files.readString(log))
          .contains("1 object differs")
          .contains("~ Deployment shop/api (apps/v1)");
    } finally {
      process.destroy();
      assertThat(process.waitFor(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
          .isTrue();
    }
  }

  @Test
  void aCompileThatFirstDeletesTheClassIsOneRunOnceTheClassIsBack() throws Exception {
    compile(definition("api", "1.0.0"));
    startWatch("--out", dir.resolve("dist").toString());
    await(() -> out.toString().contains("wrote "));

    // maven-compiler-plugin deletes the stale classes, then javac starts and writes them again
    Files.delete(dir.resolve("classes/watched/Platform.class"));
    Thread.sleep(WatchCommand.DEBOUNCE.multipliedBy(3).toMillis());
    compile(definition("api", "1.1.0"));
    await(() -> out.toString().contains("1.1.0\""));

    assertThat(out.toString().split("change detected", -1)).hasSize(2);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aClassDeletedFromTheFolderIsNotTakenStaleFromTheParentLoader() throws Exception {
    compile(definition("api", "1.0.0"));
    Class<?> loadedBefore = host();
    URL[] folder = {dir.resolve("classes").toUri().toURL()};
    try (ChildFirstClassLoader fresh = new ChildFirstClassLoader(folder, hostLoader)) {
      assertThat(fresh.loadClass("watched.Platform")).isNotSameAs(loadedBefore);
    }

    Files.delete(dir.resolve("classes/watched/Platform.class"));

    try (ChildFirstClassLoader fresh = new ChildFirstClassLoader(folder, hostLoader)) {
      assertThatThrownBy(() -> fresh.loadClass("watched.Platform"))
          .isInstanceOf(ClassNotFoundException.class)
          .hasMessageContaining("is no longer in");
      assertThat(fresh.loadClass("dev.stackwright.core.Stack"))
          .as("what is not in the folder comes from the parent")
          .isSameAs(dev.stackwright.core.Stack.class);
    }
  }

  @Test
  void watchNeedsTheDefinitionsMain() {
    int code =
        Stackwright.run(
            new String[] {"watch", "--out", dir.resolve("dist").toString()},
            List::of,
            new PrintWriter(out),
            new PrintWriter(err));

    assertThat(code).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("watch needs the class whose main calls Stackwright.main");
  }

  @Test
  void anExtraFolderToWatchMustExist() throws Exception {
    compile(definition("api", "1.0.0"));
    Path missing = dir.resolve("values");

    int code =
        Stackwright.run(
            new String[] {
              "watch", "--out", dir.resolve("dist").toString(), "--watch", "" + missing
            },
            List::of,
            new PrintWriter(out),
            new PrintWriter(err),
            Optional.of(host()));

    assertThat(code).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("--watch " + missing + ": ").contains("is not a folder");
  }

  private static String definition(String name, String tag) {
    return """
        package watched;

        import dev.stackwright.core.Namespace;
        import dev.stackwright.core.Stack;
        import dev.stackwright.core.cli.Stackwright;
        import dev.stackwright.core.testing.TestWorkload;
        import java.util.List;

        public class Platform {
          public static void main(String[] args) {
            Stackwright.main(args, () -> List.of(stack()));
          }

          static Stack stack() {
            return Stack.builder()
                .name("shop")
                .addNamespace(Namespace.of("shop"))
                .add(TestWorkload.builder().name("%s").image("%s").build())
                .build();
          }
        }
        """
        .formatted(name, IMAGE + tag);
  }

  /** Compiles {@code source} into the class folder, as the IDE or mvn compile would. */
  private void compile(String source) throws IOException {
    Path src = dir.resolve("src/watched/Platform.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code =
        javac.run(
            null,
            log,
            log,
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            src.toString());
    assertThat(code).as("javac: %s", log.toString(StandardCharsets.UTF_8)).isZero();
  }

  private Class<?> host() throws Exception {
    if (hostLoader == null) {
      hostLoader =
          new URLClassLoader(
              new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }
    return hostLoader.loadClass("watched.Platform");
  }

  private void startWatch(String... options) throws Exception {
    Class<?> host = host();
    String[] args = Stream.concat(Stream.of("watch"), Stream.of(options)).toArray(String[]::new);
    watch =
        new Thread(
            () ->
                exitCode.set(
                    Stackwright.run(
                        args,
                        List::of,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        Optional.of(host))),
            "watch");
    watch.start();
  }

  /** Polls {@code condition} until it holds; fails with what watch printed after the timeout. */
  private void await(IoCondition condition) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime() < deadline)
          .as("waited %s; out:%n%s%nerr:%n%s", TIMEOUT, out, err)
          .isTrue();
      assertThat(watch.isAlive()).as("watch ended early; out:%n%s%nerr:%n%s", out, err).isTrue();
      Thread.sleep(20);
    }
  }

  /** As {@link #await(IoCondition)}, for a watch in another JVM writing to {@code log}. */
  private static void await(IoCondition condition, BooleanSupplier alive, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime() < deadline)
          .as("waited %s; log:%n%s", TIMEOUT, Files.readString(log))
          .isTrue();
      assertThat(alive.getAsBoolean()).as("watch ended early:%n%s", Files.readString(log)).isTrue();
      Thread.sleep(20);
    }
  }

  private static Path fileContaining(Path folder, String text) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> read(f).contains(text))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no file in " + folder + " holds " + text));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface IoCondition {
    boolean holds() throws IOException;
  }
}
