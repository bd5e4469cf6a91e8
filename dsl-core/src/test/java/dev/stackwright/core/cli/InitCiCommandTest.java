package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init-ci} on an existing Maven repository: the pipelines it writes are valid for their CI
 * systems and call only commands the CLI has, and it never replaces a file unless told to.
 */
class InitCiCommandTest {
  private static final String GITHUB = ".github/workflows/stackwright.yml";
  private static final String GITLAB = ".gitlab-ci.yml";
  private static final String POM_WITH_MAIN =
      """
      <project>
        <properties><maven.compiler.release>21</maven.compiler.release></properties>
        <build><plugins><plugin>
          <groupId>org.codehaus.mojo</groupId>
          <artifactId>exec-maven-plugin</artifactId>
          <configuration><mainClass>com.example.Platform</mainClass></configuration>
        </plugin></plugins></build>
      </project>
      """;

  @TempDir Path repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int initCi(Optional<Class<?>> host, String... options) {
    List<String> args = new ArrayList<>(List.of("init-ci", "--dir", repo.toString()));
    args.addAll(List.of(options));
    return Stackwright.run(
        args.toArray(String[]::new), List::of, new PrintWriter(out), new PrintWriter(err), host);
  }

  private int initCi(String... options) {
    return initCi(Optional.empty(), options);
  }

  @Test
  void writesBothPipelinesValidForTheirCiSystems() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);

    assertThat(initCi("--github", "--gitlab")).as("%s", err).isZero();

    assertThat(out.toString())
        .contains("wrote " + GITHUB + " (GitHub Actions workflow)")
        .contains("wrote " + GITLAB + " (GitLab CI pipeline)")
        .contains("STACKWRIGHT_NOTE_TOKEN");
    assertThat(schemaErrors("github-workflow.json", repo.resolve(GITHUB))).isEmpty();
    assertThat(schemaErrors("gitlab-ci.json", repo.resolve(GITLAB))).isEmpty();
    assertThat(repo.resolve(GITHUB)).content().contains("java-version: \"21\"");
    assertThat(repo.resolve(GITLAB))
        .content()
        .contains("image: maven:3.9-eclipse-temurin-21")
        .doesNotContain("@@");
  }

  @Test
  void thePipelinesCallOnlyCommandsAndOptionsTheCliHas() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);
    assertThat(initCi("--github", "--gitlab")).isZero();

    List<String> commands = new ArrayList<>();
    for (String pipeline : List.of(GITHUB, GITLAB)) {
      String text = Files.readString(repo.resolve(pipeline));
      Matcher m =
          Pattern.compile("mvn -B (?:-q )?compile (exec:java) -Dexec\\.args=\"([^\"]*)\"")
              .matcher(text);
      while (m.find()) {
        commands.add(m.group(2));
      }
      assertThat(text).contains("mvn -B verify");
    }
    assertThat(commands)
        .contains("synth --strict", "diff --out dist-base --format markdown")
        .anyMatch(c -> c.startsWith("synth --out "))
        .hasSize(6);
    Path empty = Files.createDirectories(repo.resolve("empty-out"));
    for (String command : commands) {
      // The real CLI on a definition with no stack: a command line it understands gets as far as
      // asking for the stacks (exit 1); an unknown command or option is a usage error (exit 2).
      String[] args = command.replaceAll("--out \\S+", "--out " + empty).split(" +");
      StringWriter cliErr = new StringWriter();
      int code =
          Stackwright.run(
              args, List::of, new PrintWriter(new StringWriter()), new PrintWriter(cliErr));
      assertThat(code).as("%s: %s", command, cliErr).isEqualTo(Stackwright.EXIT_INVALID);
      assertThat(cliErr.toString()).as(command).contains("returned no stack");
    }
  }

  @Test
  void withoutAMainClassInThePomThePipelinesNameTheClassRunningTheCommand() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), "<project></project>\n");

    assertThat(initCi(Optional.of(InitCiCommandTest.class), "--github")).isZero();

    assertThat(repo.resolve(GITHUB))
        .content()
        .contains(
            "mvn -B compile exec:java -Dexec.mainClass="
                + InitCiCommandTest.class.getName()
                + " -Dexec.args=\"synth --strict\"")
        .contains("java-version: \"17\"");
    assertThat(repo.resolve(GITLAB)).doesNotExist();
    assertThat(schemaErrors("github-workflow.json", repo.resolve(GITHUB))).isEmpty();
  }

  @Test
  void aMainClassTheCommandCannotFindIsAskedFor() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), "<project></project>\n");

    assertThat(initCi("--gitlab")).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("name the class whose main calls Stackwright.main");
    assertThat(repo.resolve(GITLAB)).doesNotExist();

    assertThat(initCi("--gitlab", "--main-class", "com.example.ops.Stacks")).isZero();
    assertThat(repo.resolve(GITLAB))
        .content()
        .contains("exec:java -Dexec.mainClass=com.example.ops.Stacks -Dexec.args=");
  }

  @Test
  void aMainClassMustBeAClassName() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);

    assertThat(initCi("--github", "--main-class", "Platform; rm -rf /"))
        .isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString())
        .contains("--main-class: expected a class name such as com.example.Platform");
    assertThat(repo.resolve(GITHUB)).doesNotExist();
  }

  @Test
  void refusesAFolderThatIsNotAMavenProject() {
    assertThat(initCi("--github")).isEqualTo(Stackwright.EXIT_USAGE);

    assertThat(err.toString())
        .contains("error: " + repo + " is not a Maven project (it has no pom.xml)");
    assertThat(repo.resolve(".github")).doesNotExist();
  }

  @Test
  void asksWhichPipelines() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);

    assertThat(initCi()).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("--github, --gitlab, or both");
  }

  @Test
  void neverReplacesAnExistingFileUnlessForced() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);
    Files.writeString(repo.resolve(GITLAB), "# our own pipeline\n");

    assertThat(initCi("--github", "--gitlab")).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString())
        .contains(GITLAB + " exists in " + repo)
        .contains("nothing was written")
        .contains("--force");
    assertThat(repo.resolve(GITLAB)).content().isEqualTo("# our own pipeline\n");
    assertThat(repo.resolve(GITHUB)).doesNotExist();

    assertThat(initCi("--github", "--gitlab", "--force")).isZero();
    assertThat(repo.resolve(GITLAB)).content().contains("stage: review");
    assertThat(out.toString()).contains("wrote " + GITLAB);
  }

  @Test
  void aPipelineAlreadyUpToDateIsLeftAsItIs() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), POM_WITH_MAIN);
    assertThat(initCi("--github")).isZero();

    assertThat(initCi("--github")).isZero();

    assertThat(out.toString()).contains("up to date: " + GITHUB);
  }

  @Test
  void aJavaVersionStackwrightCannotRunOnIsRefused() throws IOException {
    Files.writeString(
        repo.resolve("pom.xml"),
        "<project><properties><maven.compiler.source>1.8</maven.compiler.source></properties>"
            + "</project>");

    assertThat(initCi("--github", "--main-class", "com.example.Platform"))
        .isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("Java 8 is too old for Stackwright");
  }

  private static List<String> schemaErrors(String schemaFile, Path file) throws IOException {
    String schemaText;
    try (InputStream in =
        InitCiCommandTest.class.getResourceAsStream("/ci-schemas/" + schemaFile)) {
      assertThat(in).as(schemaFile).isNotNull();
      schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Schema schema =
        SchemaRegistry.withDefaultDialect(Dialects.getDraft7())
            .getSchema(schemaText, InputFormat.JSON);
    return schema.validate(Files.readString(file), InputFormat.YAML).stream()
        .map(Error::toString)
        .toList();
  }
}
