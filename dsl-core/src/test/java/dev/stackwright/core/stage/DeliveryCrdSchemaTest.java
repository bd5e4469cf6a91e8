package dev.stackwright.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.output.ArgoCdStages;
import dev.stackwright.core.output.FluxStages;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wiring objects are valid for the real CRDs of their tools (copied into test resources, see
 * {@code src/test/resources/crds/README.md}): Flux's Kustomization and Argo CD's Application.
 */
class DeliveryCrdSchemaTest {
  private static final Path KUSTOMIZATIONS =
      Path.of("src/test/resources/crds/kustomize.toolkit.fluxcd.io_kustomizations.yaml");
  private static final Path APPLICATIONS =
      Path.of("src/test/resources/crds/argoproj.io_applications.yaml");

  private static SynthResult platform(Delivery delivery) {
    return Synthesizer.synthesize(
        Platforms.platform().target(Platforms.target().build()).delivery(delivery).build());
  }

  @Test
  void fluxKustomizationsAreValidKustomizations() {
    SynthResult result = platform(Delivery.flux());

    assertThat(FluxStages.kustomizations(result)).hasSize(2);
    FluxStages.kustomizations(result).forEach(k -> CrdSchemas.assertValid(k, KUSTOMIZATIONS));
    CrdSchemas.assertValid(FluxStages.entry(result), KUSTOMIZATIONS);
  }

  @Test
  void argoCdApplicationsAreValidApplications() {
    SynthResult result = platform(Delivery.argoCd("https://git.example.com/platform.git"));

    assertThat(ArgoCdStages.applications(result)).hasSize(2);
    ArgoCdStages.applications(result).forEach(a -> CrdSchemas.assertValid(a, APPLICATIONS));
    CrdSchemas.assertValid(ArgoCdStages.root(result), APPLICATIONS);
    result.objects().stream()
        .filter(o -> o.getKind().equals("Application"))
        .forEach(a -> CrdSchemas.assertValid(a, APPLICATIONS));
  }

  @Test
  void theSchemaRefusesAnUnknownFieldAndAMissingRequiredOne() {
    GenericKubernetesResource k = FluxStages.entry(platform(Delivery.flux()));
    @SuppressWarnings("unchecked")
    Map<String, Object> spec =
        new LinkedHashMap<>((Map<String, Object>) k.getAdditionalProperties().get("spec"));
    spec.remove("prune");
    spec.put("waitFor", true);
    spec.put("interval", "ten minutes");
    k.setAdditionalProperties(Map.of("spec", spec));

    assertThat(String.join("\n", CrdSchemas.problems(k, KUSTOMIZATIONS)))
        .contains("prune", "waitFor", "interval");
  }
}
