package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build can fix where and in which formats the CLI writes with the system properties {@code
 * stackwright.out} and {@code stackwright.format}; the command line still wins.
 */
class CliDefaultsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void clearProperties() {
    System.clearProperty(Defaults.OUT);
    System.clearProperty(Defaults.FORMAT);
  }

  private int run(String... args) {
    return Stackwright.run(
        args,
        () ->
            List.of(
                Stack.builder()
                    .name("shop")
                    .addNamespace(Namespace.of("shop"))
                    .add(TestComponent.of("api"))
                    .build()),
        new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void thePropertiesSetWhereAndInWhichFormatsSynthWrites() {
    System.setProperty(Defaults.OUT, dir.resolve("built").toString());
    System.setProperty(Defaults.FORMAT, "plain,helm");

    int code = run("synth");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("built/shop/kustomization.yaml")).exists();
    assertThat(dir.resolve("built/shop/chart/Chart.yaml")).exists();
  }

  @Test
  void anOptionOnTheCommandLineWinsOverTheProperty() {
    System.setProperty(Defaults.OUT, dir.resolve("built").toString());
    System.setProperty(Defaults.FORMAT, "plain,helm");

    int code = run("synth", "--out", dir.resolve("elsewhere").toString(), "--format", "plain");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("elsewhere/shop/kustomization.yaml")).exists();
    assertThat(dir.resolve("elsewhere/shop/chart")).doesNotExist();
    assertThat(dir.resolve("built")).doesNotExist();
  }

  @Test
  void diffComparesWithTheFolderThePropertyNames() {
    System.setProperty(Defaults.OUT, dir.resolve("built").toString());
    assertThat(run("synth")).isZero();

    int code = run("diff", "--exit-code");

    assertThat(code).as(out + "" + err).isZero();
  }

  @Test
  void helpShowsTheDefaultInEffect() {
    System.setProperty(Defaults.OUT, dir.resolve("built").toString());

    run("synth", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("(default: " + dir.resolve("built"))
        .contains("stackwright.out");
  }

  @Test
  void aBadFormatInThePropertyIsAUsageErrorNamingTheOption() {
    System.setProperty(Defaults.FORMAT, "yaml");

    int code = run("synth", "--out", dir.resolve("out").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--format").contains("expected plain or helm, was 'yaml'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void withoutThePropertiesTheDefaultsAreDistAndPlain() {
    run("synth", "--help");

    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("(default: dist;")
        .contains("(default: plain;");
  }
}
