package dev.stackwright.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.stackwright.core.cli.Stackwright;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Creates a platform repository from the archetype, as a user would ({@code mvn archetype:generate}
 * in a fresh folder), and runs its two commands: the tests ({@code mvn verify}) and the synthesis
 * ({@code synth --strict}), then the pipelines' {@code diff --format markdown}.
 *
 * <p>The generated repository depends on this build's SNAPSHOT artifacts, which are never installed
 * into the user's local repository. So every Maven run of the test uses a throwaway local
 * repository, {@code target/it/repo}: this build's artifacts are copied into it in the repository
 * layout (the parent and BOM poms, each library module's pom and jar, the archetype), and
 * everything else (third-party dependencies and plugins) comes from a mirror that points at the
 * build's own local repository as a {@code file:} URL, read-only. No network, nothing written
 * outside {@code target/}, and the same artifacts the build itself used.
 */
class PlatformRepositoryTest {
  private static final Path ROOT = Path.of(System.getProperty("stackwright.root")).normalize();
  private static final String VERSION = System.getProperty("stackwright.version");
  private static final Path IT = ROOT.resolve("stackwright-archetype/target/it");
  private static final Path REPO = IT.resolve("repo");
  private static final Path PROJECT = IT.resolve("platform");
  private static final Pattern SPACES = Pattern.compile(" +");

  @BeforeAll
  static void generateTheRepository() throws IOException, InterruptedException {
    deleteRecursively(IT);
    Files.createDirectories(REPO);
    // Stops Maven's search for a .mvn folder here, so the build's own .mvn does not apply.
    Files.createDirectories(IT.resolve(".mvn"));
    seedRepository();
    Files.writeString(
        IT.resolve("settings.xml"),
        "<settings><mirrors><mirror><id>build-local-repository</id><mirrorOf>*</mirrorOf>"
            + "<url>"
            + Path.of(System.getProperty("stackwright.localRepository")).toUri()
            + "</url></mirror></mirrors></settings>\n");
    mvn(
        IT,
        "generate",
        "org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("stackwright.archetypePlugin")
            + ":generate",
        "-DinteractiveMode=false",
        "-DarchetypeCatalog=local",
        "-DarchetypeGroupId=dev.stackwright",
        "-DarchetypeArtifactId=stackwright-archetype",
        "-DarchetypeVersion=" + VERSION,
        "-DgroupId=com.example",
        "-DartifactId=platform",
        "-Dversion=1.0.0-SNAPSHOT",
        "-Dpackage=com.example.platform");
  }

  @Test
  void theGeneratedRepositoryHasAStackItsTestsAReadmeAndPipelines() {
    assertThat(PROJECT.resolve("src/main/java/com/example/platform/Platform.java")).isRegularFile();
    assertThat(PROJECT.resolve("src/test/java/com/example/platform/PlatformTest.java"))
        .isRegularFile();
    assertThat(PROJECT.resolve("src/test/resources/platform.yaml")).isRegularFile();
    assertThat(PROJECT.resolve("README.md")).isRegularFile();
    assertThat(PROJECT.resolve(".gitignore")).isRegularFile();
    assertThat(PROJECT.resolve(".github/workflows/stackwright.yml")).isRegularFile();
    assertThat(PROJECT.resolve(".gitlab-ci.yml")).isRegularFile();
    assertThat(PROJECT.resolve("pom.xml"))
        .content()
        .contains("<stackwright.version>" + VERSION + "</stackwright.version>")
        .contains("<mainClass>com.example.platform.Platform</mainClass>");
  }

  @Test
  void theGeneratedRepositoryTestsPassAndItSynthesizesUnderStrictMode() throws Exception {
    mvn(PROJECT, "verify", "verify");
    assertThat(PROJECT.resolve("target/surefire-reports")).isDirectory();

    mvn(PROJECT, "synth", "compile", "exec:java", "-Dexec.args=synth --strict");
    try (Stream<Path> files = Files.list(PROJECT.resolve("dist/platform"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(f -> f.contains("deployment"))
          .anyMatch(f -> f.contains("service"))
          .contains("kustomization.yaml");
    }

    String markdown =
        mvn(
            PROJECT,
            "diff",
            "-q",
            "compile",
            "exec:java",
            "-Dexec.args=diff --out dist --format markdown");
    assertThat(markdown).contains("### Stackwright diff").contains("no changes against");
  }

  @Test
  void thePipelinesAreValidForTheirCiSystems() throws IOException {
    assertThat(errors("github-workflow.json", PROJECT.resolve(".github/workflows/stackwright.yml")))
        .isEmpty();
    assertThat(errors("gitlab-ci.json", PROJECT.resolve(".gitlab-ci.yml"))).isEmpty();
  }

  @Test
  void thePipelinesAreTheOnesInitCiWritesIntoAnExistingRepository() throws IOException {
    // One source of truth: the pipelines are dsl-core's (init-ci); the archetype's copies must be
    // what init-ci writes for the generated repository, whose pom names the main class.
    Path existing = Files.createDirectories(IT.resolve("existing"));
    Files.copy(PROJECT.resolve("pom.xml"), existing.resolve("pom.xml"));
    StringWriter err = new StringWriter();
    int code =
        Stackwright.run(
            new String[] {"init-ci", "--github", "--gitlab", "--dir", existing.toString()},
            () -> List.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as("init-ci: %s", err).isZero();
    for (String pipeline : List.of(".github/workflows/stackwright.yml", ".gitlab-ci.yml")) {
      assertThat(existing.resolve(pipeline))
          .as("%s from init-ci and from the archetype", pipeline)
          .hasSameTextualContentAs(PROJECT.resolve(pipeline));
    }
  }

  @Test
  void thePipelinesCallOnlyCommandsAndOptionsTheCliHas() throws IOException {
    List<String> commands = new ArrayList<>();
    for (Path pipeline :
        List.of(
            PROJECT.resolve(".github/workflows/stackwright.yml"),
            PROJECT.resolve(".gitlab-ci.yml"))) {
      Matcher m = Pattern.compile("-Dexec\\.args=\"([^\"]*)\"").matcher(Files.readString(pipeline));
      while (m.find()) {
        commands.add(m.group(1));
      }
    }
    assertThat(commands)
        .contains("synth --strict", "diff --out dist-base --format markdown")
        .anyMatch(c -> c.startsWith("synth --out "));
    Path empty = Files.createDirectories(IT.resolve("empty-out"));
    for (String command : commands) {
      // Run by the real CLI on a definition with no stack: a command line it understands gets as
      // far as asking for the stacks (exit 1, "returned no stack"); an unknown command or option
      // is a usage error (exit 2). Folders are replaced by an empty one that exists.
      String[] args = SPACES.split(command.replaceAll("--out \\S+", "--out " + empty));
      StringWriter err = new StringWriter();
      int code = cli(args, err);
      assertThat(code).as("%s: %s", command, err).isEqualTo(Stackwright.EXIT_INVALID);
      assertThat(err.toString()).as(command).contains("returned no stack");
    }
    assertThat(cli(new String[] {"diff", "--no-such-option"}, new StringWriter()))
        .as("an unknown option is a usage error")
        .isEqualTo(Stackwright.EXIT_USAGE);
  }

  private static int cli(String[] args, StringWriter err) {
    return Stackwright.run(
        args, () -> List.of(), new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private static List<String> errors(String schemaResource, Path file) throws IOException {
    // The schemas dsl-core's init-ci tests use too, one copy for both.
    String schemaText =
        Files.readString(
            ROOT.resolve("dsl-core/src/test/resources/ci-schemas").resolve(schemaResource));
    Schema schema =
        SchemaRegistry.withDefaultDialect(Dialects.getDraft7())
            .getSchema(schemaText, InputFormat.JSON);
    return schema.validate(Files.readString(file), InputFormat.YAML).stream()
        .map(Error::toString)
        .toList();
  }

  /** Copies this build's artifacts into the throwaway repository, in the repository layout. */
  private static void seedRepository() throws IOException {
    put("stackwright-parent", ROOT.resolve("pom.xml"), null);
    put("stackwright-bom", ROOT.resolve("stackwright-bom/pom.xml"), null);
    Matcher m =
        Pattern.compile("<artifactId>(dsl-[a-z-]+)</artifactId>")
            .matcher(Files.readString(ROOT.resolve("stackwright-bom/pom.xml")));
    while (m.find()) {
      String module = m.group(1);
      put(
          module,
          ROOT.resolve(module).resolve("pom.xml"),
          ROOT.resolve(module).resolve("target/" + module + "-" + VERSION + ".jar"));
    }
    put(
        "stackwright-archetype",
        ROOT.resolve("stackwright-archetype/pom.xml"),
        Path.of(System.getProperty("stackwright.archetype")));
  }

  private static void put(String artifactId, Path pom, Path jar) throws IOException {
    Path dir = REPO.resolve("dev/stackwright").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
    if (jar != null) {
      assertThat(jar).as("package %s first (build with -am)", artifactId).isRegularFile();
      Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"));
    }
  }

  /** Runs Maven in {@code dir} on the throwaway repository; returns its output. */
  private static String mvn(Path dir, String step, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("stackwright.mavenHome"), "bin", "mvn").toString());
    command.addAll(
        List.of(
            "-B",
            "-nsu",
            "-s",
            IT.resolve("settings.xml").toString(),
            "-Dmaven.repo.local=" + REPO));
    command.addAll(List.of(args));
    Path log = IT.resolve(step + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("mvn %s finished", step).isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue()).as("mvn %s (log %s):%n%s", step, log, output).isZero();
    return output;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
