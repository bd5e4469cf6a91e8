package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenFaaS functions and the OpenFaaS release in operator mode. */
class OpenFaasFunctionTest {
  static final Path CRD = Path.of("src/test/resources/crds/openfaas.com_functions.yaml");

  static OpenFaasFunction.Builder resize() {
    return OpenFaasFunction.builder()
        .name("resize")
        .image("ghcr.io/acme/resize:1.3.0")
        .putEnvironment("WIDTH", "640")
        .addSecret(SecretRef.externalSecret("s3-key"))
        .resources(Resources.of("50m", "64Mi").limits("500m", "128Mi"))
        .minScale(0)
        .maxScale(10)
        .concurrencyTarget(20);
  }

  static Stack.Builder stack() {
    return Stack.builder()
        .name("fn")
        .defaultNamespace("openfaas-fn")
        .addNamespace(Namespace.of("openfaas"))
        .addNamespace(Namespace.of("openfaas-fn"))
        .target(
            TargetCluster.builder().kubernetesVersion("1.33").provides(Prerequisite.FLUX).build())
        .add(OpenFaas.release("openfaas", "openfaas-fn"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void functionCarriesTheServerlessScaleVocabularyAsOpenFaasLabels() {
    SynthResult result = Synthesizer.synthesize(stack().add(resize().build()).build());
    assertThat(result).isOk();
    GenericKubernetesResource fn =
        (GenericKubernetesResource) result.find("Function", "openfaas-fn", "resize").orElseThrow();
    Map<String, Object> spec = (Map<String, Object>) fn.getAdditionalProperties().get("spec");
    assertThat((Map<String, String>) spec.get("labels"))
        .containsEntry("com.openfaas.scale.min", "0")
        .containsEntry("com.openfaas.scale.max", "10")
        .containsEntry("com.openfaas.scale.target", "20")
        .containsEntry("com.openfaas.scale.type", "capacity")
        .containsEntry("com.openfaas.scale.zero", "true");
    assertThat(spec).containsEntry("readOnlyRootFilesystem", true);
    assertThat(spec.get("secrets")).isEqualTo(java.util.List.of("s3-key"));
    CrdSchemas.assertValid(fn, CRD);
    assertThat(result.stages().stages()).hasSize(2);
    assertThat(result.stages().stages().get(1).objects().stream().map(SynthObject::describe))
        .contains("Function openfaas-fn/resize");
    OpenFaasFunction f = resize().build();
    assertThat(f.selectorLabels()).containsEntry("faas_function", "resize");
    assertThat(f.port("http")).isPresent();
  }

  @Test
  void anUnpinnedImageIsAnError() {
    assertThat(
            Synthesizer.synthesize(
                stack().add(resize().image("ghcr.io/acme/resize").build()).build()))
        .hasError(EventRules.UNPINNED_FUNCTION_IMAGE, "function resize / image");
    assertThat(
            Synthesizer.synthesize(
                stack().add(resize().image("ghcr.io/acme/resize:latest").build()).build()))
        .hasError(EventRules.UNPINNED_FUNCTION_IMAGE, "function resize / image");
  }

  @Test
  void aFunctionOutsideTheFunctionNamespaceIsAnError() {
    assertThat(Synthesizer.synthesize(stack().add(resize().namespace("openfaas").build()).build()))
        .hasError(EventRules.FUNCTION_NAMESPACE, "function resize / namespace", "openfaas-fn");
  }

  @Test
  void anInvertedScaleRangeIsAnError() {
    assertThat(
            Synthesizer.synthesize(
                stack().add(resize().minScale(3).maxScale(2).concurrencyTarget(0).build()).build()))
        .hasError(ComputeRules.INVALID_SERVERLESS, "function resize / maxScale")
        .hasError(ComputeRules.INVALID_SERVERLESS, "function resize / concurrencyTarget");
  }
}
