package dev.stackwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/stackwright-java}, the launcher the README recommends: with a class path of jars the
 * first run makes a class-data archive and later runs use it; a class path with class folders,
 * which CDS cannot archive, and a class path whose dump failed before run without one instead of
 * training on every run; two main classes on one class path each have an archive of their own. Each
 * run writes the same manifests.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "bin", "stackwright-java").toAbsolutePath();
  private static String jars;
  private static String withFolders;

  @TempDir static Path shared;
  @TempDir Path dir;

  /**
   * The test's own class path, once as it is (with class folders) and once with each folder as a
   * jar.
   */
  @BeforeAll
  static void classPaths() throws IOException {
    withFolders = System.getProperty("java.class.path");
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : withFolders.split(File.pathSeparator, -1)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = shared.resolve("folder-" + n++ + ".jar");
        jarOf(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    jars = String.join(File.pathSeparator, entries);
  }

  @Test
  void withJarsTheFirstRunMakesTheArchiveAndLaterRunsUseIt() throws Exception {
    Path cds = dir.resolve("cds");

    Run first = synth(jars, cds, dir.resolve("first"));
    List<Path> archives = files(cds);
    Run second = synth(jars, cds, dir.resolve("second"));

    assertThat(first.code()).as(first.output()).isZero();
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));
    assertThat(second.code()).as(second.output()).isZero();
    assertThat(files(cds)).isEqualTo(archives);
    assertThat(manifests(dir.resolve("second"))).isEqualTo(manifests(dir.resolve("first")));
  }

  @Test
  void eachMainClassOnOneClassPathHasAnArchiveOfItsOwn() throws Exception {
    Path cds = dir.resolve("cds");
    synth(jars, cds, dir.resolve("trained"));
    Run floor =
        run(
            jars,
            cds,
            "",
            FloorCli.class.getName(),
            "3",
            dir.resolve("floor").toString(),
            "single");

    Run synth =
        run(
            jars,
            cds,
            "-Xlog:class+load=info",
            "-Dn=3",
            NServicesCli.class.getName(),
            "synth",
            "--out",
            dir.resolve("again").toString(),
            "--layout",
            "single");

    assertThat(floor.code()).as(floor.output()).isZero();
    assertThat(files(cds)).hasSize(2).allSatisfy(a -> assertThat(a.toString()).endsWith(".jsa"));
    assertThat(synth.code()).as(synth.output()).isZero();
    assertThat(synth.output())
        .contains("dev.stackwright.core.synth.Synthesizer source: shared objects file");
  }

  @Test
  void withClassFoldersItRunsWithoutAnArchive() throws Exception {
    Path cds = dir.resolve("cds");

    Run run = synth(withFolders, cds, dir.resolve("out"));

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(cds).doesNotExist();
    assertThat(manifests(dir.resolve("out"))).contains("kind: Deployment");
  }

  @Test
  void afterAFailedDumpLaterRunsGoWithoutAnArchive() throws Exception {
    Path cds = dir.resolve("cds");
    synth(jars, cds, dir.resolve("trained"));
    Path archive = files(cds).get(0);
    Path log = cds.resolve(archive.getFileName().toString().replace(".jsa", ".dump.log"));
    Files.move(archive, log);

    Run untrained = synth(jars, cds, dir.resolve("untrained"));

    assertThat(untrained.code()).as(untrained.output()).isZero();
    assertThat(files(cds)).containsExactly(log);
    assertThat(manifests(dir.resolve("untrained"))).contains("kind: Deployment");
  }

  private record Run(int code, String output) {}

  private static Run synth(String classPath, Path cds, Path out) throws Exception {
    return run(
        classPath,
        cds,
        "",
        "-Dn=3",
        NServicesCli.class.getName(),
        "synth",
        "--out",
        out.toString(),
        "--layout",
        "single");
  }

  /** The launcher with {@code javaOpts} in STACKWRIGHT_JAVA_OPTS, then the class path and args. */
  private static Run run(String classPath, Path cds, String javaOpts, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString(), "-cp", classPath));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
    process.environment().put("STACKWRIGHT_CDS_DIR", cds.toString());
    process.environment().put("STACKWRIGHT_JAVA_OPTS", javaOpts);
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = process.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), output);
  }

  private static String manifests(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      Path manifests =
          files.filter(f -> f.getFileName().toString().equals("manifests.yaml")).findFirst().get();
      return Files.readString(manifests);
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static void jarOf(Path folder, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }
}
