package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ChartValue;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.ValueType;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.SynthAssertions;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart value's JSON pointer follows RFC 6901: {@code ~1} is a {@code /} inside a key and {@code
 * ~0} a {@code ~} (no label or annotation key may hold one), so a label such as {@code
 * app.kubernetes.io/version} can be a value.
 */
class ChartValuePointerTest {
  @TempDir Path dir;

  private static Stack stack(ChartValue... values) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(
            Manifests.of(
                "settings",
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName("settings")
                    .addToLabels("app.kubernetes.io/version", "1.0.0")
                    .addToAnnotations("example.com/a-b", "x")
                    .endMetadata()
                    .addToData("level", "info")
                    .build()))
        .addValues(values)
        .build();
  }

  private static final ChartValue VERSION =
      ChartValue.of("settings.version", ValueType.STRING, "1.4.0")
          .at("ConfigMap", "settings", "/metadata/labels/app.kubernetes.io~1version");
  private static final ChartValue ANNOTATION =
      ChartValue.of("settings.annotation", ValueType.STRING, "y")
          .at("ConfigMap", "settings", "/metadata/annotations/example.com~1a-b");

  @Test
  void aValueOnALabelKeyWithASlashSetsThatLabel() {
    SynthResult result = Synthesizer.synthesize(stack(VERSION, ANNOTATION)).orThrow();

    ConfigMap settings = result.find(ConfigMap.class, "shop", "settings").orElseThrow();
    assertThat(settings.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/version", "1.4.0")
        .doesNotContainKey("app.kubernetes.io~1version");
    assertThat(settings.getMetadata().getAnnotations())
        .containsEntry("example.com/a-b", "y")
        .hasSize(1);
  }

  @Test
  void theChartRendersEscapedPointersToThePlainOutput() throws IOException {
    SynthResult result = Synthesizer.synthesize(stack(VERSION, ANNOTATION)).orThrow();
    Path chart = Charts.write(dir, result);

    assertThat(Charts.render(chart, "shop"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(result));
    List<JsonNode> overridden =
        Charts.render(chart, "shop", t -> t.set("settings.version", "2.0.0"));
    JsonNode labels = overridden.get(0).at("/metadata/labels");
    assertThat(labels.path("app.kubernetes.io/version").asText()).isEqualTo("2.0.0");
    assertThat(labels.has("app.kubernetes.io~1version")).isFalse();
    assertThat(
            Yaml.mapper()
                .readTree(chart.resolve("values.yaml").toFile())
                .at("/settings/version")
                .asText())
        .isEqualTo("1.4.0");
  }

  @Test
  void aPointerWithAnUnknownEscapeIsAnError() {
    SynthAssertions.assertThat(
            stack(
                ChartValue.of("settings.bad", ValueType.STRING, "x")
                    .at("ConfigMap", "settings", "/metadata/labels/a~2b")))
        .hasError("release.invalid-value-path", "values[0] settings.bad / pointer");
  }
}
