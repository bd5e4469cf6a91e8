package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import dev.stackwright.core.ChartValue;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.ValueType;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.SynthAssertions;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartTest {
  @TempDir Path dir;

  private static Deployment api(int replicas, String tag) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("api")
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withNewSelector()
        .addToMatchLabels("app", "api")
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", "api")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("registry.example.com/api:" + tag)
        .withNewResources()
        .addToRequests("cpu", new Quantity("100m"))
        .addToLimits("memory", new Quantity("256Mi"))
        .endResources()
        .addNewEnv()
        .withName("LOG_LEVEL")
        .withValue("info")
        .endEnv()
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static Stack stack(String env, int replicas, String tag) {
    return Stack.builder()
        .name("shop")
        .environment(Environment.of(env))
        .addNamespace(Namespace.of("shop"))
        .add(Manifests.of("api", api(replicas, tag)))
        .add(
            TestComponent.of("alerts")
                .with(
                    new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("rules")
                        .withNamespace("shop")
                        .endMetadata()
                        .addToData("summary", "Pod {{ $labels.pod }} is down")
                        .build()))
        .addValue(
            ChartValue.of("api.logLevel", ValueType.STRING, env.equals("prod") ? "warn" : "info")
                .at("Deployment", "api", "/spec/template/spec/containers/0/env/0/value"))
        .build();
  }

  private Path writeChart(SynthResult... environments) {
    return Charts.write(dir, environments);
  }

  @Test
  void theChartPassesHelmLintAndRendersToThePlainOutput() throws IOException {
    SynthResult dev = Synthesizer.synthesize(stack("dev", 2, "1.0.0"));
    Path chart = writeChart(dev);

    assertThat(chart.resolve("Chart.yaml")).content().contains("apiVersion: v2", "name: shop");
    var lint = new Helm(chart).lint().strict().call();
    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();

    assertThat(Charts.render(chart, "shop", t -> t.set("stackwright.createNamespaces", true)))
        .containsExactlyInAnyOrderElementsOf(Charts.plain(dev));
    assertThat(Charts.render(chart, "shop"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(dev));
  }

  @Test
  void valuesHoldThePerEnvironmentFieldsGroupedByComponent() throws IOException {
    Path chart = writeChart(Synthesizer.synthesize(stack("dev", 2, "1.0.0")));

    JsonNode values = Yaml.mapper().readTree(chart.resolve("values.yaml").toFile());
    assertThat(values.at("/api/replicas").asInt()).isEqualTo(2);
    assertThat(values.at("/api/containers/app/image/repository").asText())
        .isEqualTo("registry.example.com/api");
    assertThat(values.at("/api/containers/app/image/tag").asText()).isEqualTo("1.0.0");
    assertThat(values.at("/api/containers/app/resources/limits/memory").asText())
        .isEqualTo("256Mi");
    assertThat(values.at("/api/logLevel").asText()).isEqualTo("info");
  }

  @Test
  void overridingAValueChangesExactlyThatField() throws IOException {
    SynthResult dev = Synthesizer.synthesize(stack("dev", 2, "1.0.0"));
    Path chart = writeChart(dev);

    List<JsonNode> actual = Charts.render(chart, "shop", t -> t.set("api.replicas", 7));

    List<JsonNode> expected = Charts.plainWithoutNamespaces(dev);
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).path("kind").asText().equals("Deployment")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get(i).get("spec"))
            .put("replicas", 7);
      }
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void helmRejectsAValueThatViolatesTheSchema() {
    Path chart = writeChart(Synthesizer.synthesize(stack("dev", 2, "1.0.0")));

    assertThatThrownBy(() -> Charts.render(chart, "shop", t -> t.set("api.replicas", -1)))
        .hasMessageContaining("replicas");
    assertThatThrownBy(() -> Charts.render(chart, "shop", t -> t.set("api.replica", 3)))
        .hasMessageContaining("replica");
  }

  @Test
  void eachFurtherEnvironmentGetsAValuesFileWithOnlyItsDifferences() throws IOException {
    SynthResult dev = Synthesizer.synthesize(stack("dev", 2, "1.0.0"));
    SynthResult prod = Synthesizer.synthesize(stack("prod", 5, "1.0.0"));
    Path chart = writeChart(dev, prod);

    JsonNode overrides = Yaml.mapper().readTree(chart.resolve("values-prod.yaml").toFile());
    assertThat(overrides)
        .isEqualTo(
            Yaml.mapper().valueToTree(Map.of("api", Map.of("replicas", 5, "logLevel", "warn"))));
    List<JsonNode> rendered =
        Charts.render(chart, "shop", t -> t.withValuesFile(chart.resolve("values-prod.yaml")));
    assertThat(rendered).containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(prod));
    assertThat(dir.resolve("dist/shop/prod/kustomization.yaml")).exists();
  }

  @Test
  void objectsThatDifferBetweenEnvironmentsAreSwitchedByValues() throws IOException {
    SynthResult dev = Synthesizer.synthesize(stack("dev", 2, "1.0.0"));
    SynthResult prod =
        Synthesizer.synthesize(
            Stack.builder().from(stack("prod", 4, "1.1.0")).add(TestComponent.of("extra")).build());
    Path chart = writeChart(dev, prod);

    assertThat(chart.resolve("values.yaml")).content().contains("configmap-shop-extra: false");
    assertThat(chart.resolve("values-prod.yaml")).content().contains("configmap-shop-extra: true");
    List<JsonNode> devRendered = Charts.render(chart, "shop");
    List<JsonNode> prodRendered =
        Charts.render(chart, "shop", t -> t.withValuesFile(chart.resolve("values-prod.yaml")));
    assertThat(devRendered).containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(dev));
    assertThat(prodRendered)
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(prod));
    var lint = new Helm(chart).lint().strict().call();
    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void aChartValueWhoseDefaultDoesNotMatchItsTypeIsAnError() {
    Stack bad =
        Stack.builder()
            .from(stack("dev", 2, "1.0.0"))
            .values(
                List.of(
                    ChartValue.of("api.replicas2", ValueType.INTEGER, "three")
                        .at("Deployment", "api", "/spec/replicas"),
                    ChartValue.of("api.9lives", ValueType.BOOLEAN, true)
                        .at("Deployment", "api", "/spec/paused")))
            .build();

    SynthAssertions.assertThat(bad)
        .hasError("release.value-type-mismatch", "values[0] api.replicas2 / defaultValue")
        .hasError("release.invalid-value-path", "values[1] api.9lives / path");
  }

  @Test
  void twoValuesWithOnePathAndABadEnvironmentNameAreErrors() {
    Stack bad =
        Stack.builder()
            .from(stack("dev", 2, "1.0.0"))
            .environment(Environment.of("Prod_EU"))
            .version("1.0")
            .addValue(
                ChartValue.of("api.logLevel", ValueType.STRING, "debug")
                    .at("Deployment", "api", "/spec/template/spec/containers/0/env/0/value"))
            .build();

    SynthAssertions.assertThat(bad)
        .hasError("release.duplicate-value", "values[1] api.logLevel / path")
        .hasError("core.invalid-name", "stack shop / environment")
        .hasError("release.invalid-version", "stack shop / version");
  }

  @Test
  void aChartValueMustPointAtAnExistingObjectAndField() {
    Stack bad =
        Stack.builder()
            .from(stack("dev", 2, "1.0.0"))
            .values(
                List.of(
                    ChartValue.of("api.x", ValueType.STRING, "a")
                        .at("Deployment", "nope", "/spec/paused"),
                    ChartValue.of("api.y", ValueType.STRING, "a")
                        .at("Deployment", "api", "/spec/missing/deeper")))
            .build();

    SynthAssertions.assertThat(bad)
        .hasError("release.unknown-value-target", "values[0] api.x")
        .hasError("release.unknown-value-target", "values[1] api.y / pointer");
  }

  @Test
  void templatesKeepLiteralBracesOfTheObjects() throws IOException {
    Path chart = writeChart(Synthesizer.synthesize(stack("dev", 2, "1.0.0")));
    List<JsonNode> rendered = Charts.render(chart, "shop");

    assertThat(rendered)
        .anySatisfy(
            o ->
                assertThat(o.at("/data/summary").asText())
                    .isEqualTo("Pod {{ $labels.pod }} is down"));
    assertThat(Files.readString(chart.resolve("values.schema.json"))).contains("\"minimum\" : 0");
  }
}
