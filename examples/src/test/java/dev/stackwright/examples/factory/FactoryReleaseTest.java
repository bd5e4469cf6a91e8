package dev.stackwright.examples.factory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.examples.Platforms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The factory as its delivery tools see it: the README's {@code synth --strict} over every example
 * writes its plain YAML per environment and its Helm chart, and the chart renders, with the real
 * Helm engine, to exactly the plain output of each environment.
 */
class FactoryReleaseTest {
  @TempDir static Path dir;
  static Path dist;
  static String console;

  @BeforeAll
  static void synthesizeLikeTheReadme() {
    dist = dir.resolve("dist");
    StringWriter out = new StringWriter();
    int code =
        Stackwright.run(
            new String[] {"synth", "--strict", "--out", dist.toString(), "--format", "plain,helm"},
            Platforms::all,
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    console = out.toString();
    assertThat(code).as(console).isZero();
  }

  @Test
  void writesAFolderPerEnvironmentAndOneChart() {
    assertThat(dist.resolve("factory/dev/kustomization.yaml")).exists();
    assertThat(dist.resolve("factory/prod/kustomization.yaml")).exists();
    assertThat(dist.resolve("factory/chart/Chart.yaml")).content().contains("version: 0.3.0");
    assertThat(dist.resolve("factory/chart/values-prod.yaml")).exists();
    assertThat(console).contains("stack factory (dev):", "stack factory (prod):");
  }

  @Test
  void theChartPassesHelmLint() {
    var lint = new Helm(dist.resolve("factory/chart")).lint().strict().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void theChartRendersToThePlainOutputOfEachEnvironment() throws IOException {
    Path chart = renderable(dist.resolve("factory/chart"));

    String dev =
        new Helm(chart)
            .template()
            .withName("factory")
            .withNamespace("factory")
            .set("stackwright.createNamespaces", true)
            .call();
    String prod =
        new Helm(chart)
            .template()
            .withName("factory")
            .withNamespace("factory")
            .withValuesFile(chart.resolve("values-prod.yaml"))
            .set("stackwright.createNamespaces", true)
            .call();

    assertThat(Yaml.trees(dev)).containsExactlyInAnyOrderElementsOf(plain(FactoryPlatform.DEV));
    assertThat(Yaml.trees(prod)).containsExactlyInAnyOrderElementsOf(plain(FactoryPlatform.PROD));
  }

  private static List<JsonNode> plain(dev.stackwright.core.Environment env) throws IOException {
    return Yaml.trees(Synthesizer.synthesize(FactoryPlatform.stack(env)).objects());
  }

  /**
   * A copy of the chart without its {@code kubeVersion}: helm-java's engine takes every cluster for
   * Kubernetes v1.20, so it renders the chart only as it would for a cluster that meets it.
   */
  private static Path renderable(Path chart) throws IOException {
    Path copy = Files.createTempDirectory(dir, "chart-");
    try (Stream<Path> files = Files.walk(chart)) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(chart.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Path chartYaml = copy.resolve("Chart.yaml");
    Files.write(
        chartYaml,
        Files.readAllLines(chartYaml).stream().filter(l -> !l.startsWith("kubeVersion:")).toList());
    return copy;
  }
}
