package dev.stackwright.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.ChartValue;
import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.ValueType;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.Severity;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every mistake is reported in one round: checks that need synthesized objects (patches, chart
 * values, duplicates, object rules) report together with the components' own errors, and a result
 * with any error still holds no object at all.
 */
class OneRoundTest {

  private static Stack.Builder shop() {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop"));
  }

  private static HasMetadata configMap(String name) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("shop")
        .addToLabels("bad key!", "x")
        .endMetadata()
        .build();
  }

  @Test
  void componentErrorsAndPostSynthesisErrorsAreReportedTogether() {
    Stack stack =
        shop()
            .add(
                TestComponent.of("Bad_Name"),
                TestComponent.of("api"),
                TestComponent.of("web").with(configMap("api")),
                TestComponent.of("worker").with(configMap("worker-extra")))
            .addPatch(Patch.json("ConfigMap", "ghost", "[]"))
            .addValue(
                ChartValue.of("worker.replicas", ValueType.INTEGER, 1)
                    .at("Deployment", "worker", "/spec/replicas"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.ok()).isFalse();
    assertThat(result.objects()).isEmpty();
    assertThat(result.errors())
        .extracting(Diagnostic::rule, Diagnostic::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                Rules.INVALID_NAME, "stack shop / test Bad_Name / name"),
            org.assertj.core.groups.Tuple.tuple(
                Rules.PATCH, "stack shop / patches[0] (ConfigMap ghost)"),
            org.assertj.core.groups.Tuple.tuple(
                "release.unknown-value-target", "stack shop / values[0] worker.replicas"),
            org.assertj.core.groups.Tuple.tuple(
                Rules.INVALID_LABEL,
                "stack shop / test worker / ConfigMap worker-extra / metadata.labels[\"bad key!\"]"),
            org.assertj.core.groups.Tuple.tuple(
                Rules.INVALID_LABEL,
                "stack shop / test web / ConfigMap api / metadata.labels[\"bad key!\"]"),
            org.assertj.core.groups.Tuple.tuple(Rules.DUPLICATE_OBJECT, "stack shop / test web"));
  }

  @Test
  void aPatchOrValueForAComponentThatHasErrorsIsNotReportedAsMissing() {
    Stack stack =
        shop()
            .add(TestComponent.of("Db"), TestComponent.of("api", TestComponent.of("missing")))
            .addPatch(Patch.json("ConfigMap", "api", "[]"))
            .addPatch(Patch.json("ConfigMap", "Db", "[]"))
            .addValue(
                ChartValue.of("api.x", ValueType.STRING, "y").at("ConfigMap", "api", "/data/x"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.errors())
        .extracting(Diagnostic::path)
        .containsExactlyInAnyOrder(
            "stack shop / test Db / name", "stack shop / test api / dependsOn[0]");
  }

  @Test
  void aComponentThatSynthesizesNullIsAnErrorNamingIt() {
    Component broken =
        new Component() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String kind() {
            return "test";
          }

          @Override
          public Layer layer() {
            return Layer.COMPUTE;
          }

          @Override
          public Optional<String> namespace() {
            return Optional.empty();
          }

          @Override
          public List<HasMetadata> synthesize(SynthContext context) {
            return Arrays.asList(configMap("ok"), null);
          }
        };

    SynthResult result = Synthesizer.synthesize(shop().add(broken).build());

    assertThat(result.errors())
        .contains(
            new Diagnostic(
                Severity.ERROR,
                Rules.NULL_OBJECT,
                "stack shop / test broken",
                "object 2 of the 2 it synthesized is null or has no metadata"));
  }
}
