package dev.stackwright.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.output.Yaml;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.examples.Platforms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop as its delivery tools see it: the README's synth command writes plain YAML per
 * environment and one Helm chart; the chart renders, with the real Helm engine, to exactly the
 * plain output of each environment; kustomize builds the plain folders.
 */
class ShopReleaseTest {
  @TempDir static Path dir;
  static Path dist;
  static String console;

  @BeforeAll
  static void synthesizeLikeTheReadme() {
    dist = dir.resolve("dist");
    StringWriter out = new StringWriter();
    int code =
        Stackwright.run(
            new String[] {"synth", "--out", dist.toString(), "--format", "plain,helm"},
            Platforms::all,
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    console = out.toString();
    assertThat(code).as(console).isZero();
  }

  @Test
  void writesAFolderPerEnvironmentAndOneChart() {
    assertThat(dist.resolve("shop/dev/kustomization.yaml")).exists();
    assertThat(dist.resolve("shop/prod/kustomization.yaml")).exists();
    assertThat(dist.resolve("shop/prod/stack.md")).content().contains("```mermaid", "90%", "10%");
    assertThat(dist.resolve("shop/chart/Chart.yaml")).content().contains("version: 1.4.0");
    assertThat(dist.resolve("shop/chart/values-prod.yaml")).exists();
    assertThat(console).contains("stack shop (prod):", "wrote");
  }

  @Test
  void theChartPassesHelmLint() {
    var lint = new Helm(dist.resolve("shop/chart")).lint().strict().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void theChartRendersToThePlainOutputOfEachEnvironment() throws IOException {
    Path chart = dist.resolve("shop/chart");

    String dev = new Helm(chart).template().withName("shop").call();
    String prod =
        new Helm(chart)
            .template()
            .withName("shop")
            .withValuesFile(chart.resolve("values-prod.yaml"))
            .call();

    assertThat(parse(dev)).containsExactlyInAnyOrderElementsOf(plain(ShopPlatform.DEV.name()));
    assertThat(parse(prod)).containsExactlyInAnyOrderElementsOf(plain(ShopPlatform.PROD.name()));
  }

  @Test
  void eachEnvironmentFolderBuildsWithKustomize() throws Exception {
    assumeTrue(onPath("kubectl"), "kubectl is not installed");
    for (String env : List.of("dev", "prod")) {
      Process p =
          new ProcessBuilder("kubectl", "kustomize", dist.resolve("shop/" + env).toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(output).isZero();
      assertThat(parse(output)).hasSameSizeAs(plain(env));
    }
  }

  private static List<JsonNode> plain(String env) throws IOException {
    SynthResult result =
        Synthesizer.synthesize(
            ShopPlatform.stack(env.equals("prod") ? ShopPlatform.PROD : ShopPlatform.DEV));
    return Yaml.trees(result.objects());
  }

  private static List<JsonNode> parse(String yaml) throws IOException {
    return Yaml.trees(yaml);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
