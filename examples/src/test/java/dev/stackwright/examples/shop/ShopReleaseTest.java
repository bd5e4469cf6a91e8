package dev.stackwright.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
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
 * plain output of each environment, installs the shop namespace into whatever namespace the release
 * goes to, and owns no Namespace unless asked; kustomize builds the plain folders.
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
    Path chart = renderable(dist.resolve("shop/chart"));
    Path prodValues = chart.resolve("values-prod.yaml");

    String dev = template(chart, "shop").set("stackwright.createNamespaces", true).call();
    String prod =
        template(chart, "shop")
            .withValuesFile(prodValues)
            .set("stackwright.createNamespaces", true)
            .call();

    assertThat(parse(dev)).containsExactlyInAnyOrderElementsOf(plain(ShopPlatform.DEV.name()));
    assertThat(parse(prod)).containsExactlyInAnyOrderElementsOf(plain(ShopPlatform.PROD.name()));
  }

  @Test
  void theChartInstallsTheShopNamespaceIntoTheReleaseNamespace() throws IOException {
    Path chart = renderable(dist.resolve("shop/chart"));

    for (String env : List.of("dev", "prod")) {
      var template = template(chart, "elsewhere");
      if (env.equals("prod")) {
        template.withValuesFile(chart.resolve("values-prod.yaml"));
      }
      String rendered = template.call();

      List<JsonNode> plain = withoutNamespaces(plain(env));
      assertThat(parse(rendered))
          .filteredOn(o -> o.at("/metadata/namespace").asText().equals("elsewhere"))
          .hasSameSizeAs(
              plain.stream()
                  .filter(o -> o.at("/metadata/namespace").asText().equals("shop"))
                  .toList());
      assertThat(rendered)
          .doesNotContain(
              "namespace: shop",
              ".shop.svc",
              "/ns/shop/",
              ".shop.serviceaccount.identity",
              "metadata.name: shop");
      // Mapped back, the release namespace is the only difference from the plain output.
      assertThat(parse(rendered.replace("elsewhere", "shop")))
          .containsExactlyInAnyOrderElementsOf(plain);
    }
  }

  @Test
  void theChartOwnsNoNamespaceUnlessAsked() throws IOException {
    Path chart = renderable(dist.resolve("shop/chart"));

    assertThat(parse(template(chart, "shop").call()))
        .noneMatch(o -> o.path("kind").asText().equals("Namespace"));
    assertThat(parse(template(chart, "shop").set("stackwright.createNamespaces", true).call()))
        .filteredOn(o -> o.path("kind").asText().equals("Namespace"))
        .extracting(o -> o.at("/metadata/name").asText())
        .containsExactlyInAnyOrder(
            "cert-manager",
            "external-secrets",
            "ingress-nginx",
            "kyverno",
            "linkerd",
            "linkerd-cni",
            "logging",
            "monitoring",
            "registry",
            "rook-ceph",
            "shop",
            "trivy-system");
  }

  @Test
  void theChartStatesTheKubernetesItNeedsAndKeepsTheAutoscalerInCharge() throws IOException {
    Path chart = dist.resolve("shop/chart");

    // The nightly report's CronJob has a timeZone, stable from Kubernetes 1.27.
    assertThat(chart.resolve("Chart.yaml")).content().contains("kubeVersion: '>=1.27.0-0'");
    // helm-java's engine takes the cluster for Kubernetes v1.20: Helm refuses the chart.
    assertThatThrownBy(() -> template(chart, "shop").call())
        .hasMessageContaining("kubeVersion: >=1.27.0-0 which is incompatible with Kubernetes");
    JsonNode values = Yaml.mapper().readTree(chart.resolve("values.yaml").toFile());
    assertThat(values.path("api").has("replicas")).as("the HPA owns api's replicas").isFalse();
    assertThat(values.at("/web/replicas").asInt()).isEqualTo(1);
    assertThatThrownBy(
            () -> template(renderable(chart), "shop").set("api.autoscaling.minReplicas", 0).call())
        .hasMessageContaining("minReplicas");
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

  private static List<JsonNode> withoutNamespaces(List<JsonNode> objects) {
    return objects.stream().filter(o -> !o.path("kind").asText().equals("Namespace")).toList();
  }

  private static TemplateCommand template(Path chart, String namespace) {
    return new Helm(chart).template().withName("shop").withNamespace(namespace);
  }

  /**
   * A copy of the chart without its {@code kubeVersion}: helm-java's engine (a library build of
   * Helm without the version flags of Helm's own build) takes every cluster for Kubernetes v1.20,
   * so it renders the chart only as it would for a cluster that meets the constraint.
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

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
