package dev.stackwright.core.release;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a release as a Flux HelmRepository (source.toolkit.fluxcd.io/v1) and HelmRelease
 * (helm.toolkit.fluxcd.io/v2), the HelmRelease depending on the Flux releases it needs.
 */
final class FluxRendering {
  private FluxRendering() {}

  static List<HasMetadata> render(ChartRelease release, SynthContext context) {
    Map<String, Object> repoSpec = new LinkedHashMap<>();
    repoSpec.put("interval", release.interval());
    repoSpec.put("url", release.repository());
    if (release.isOci()) {
      repoSpec.put("type", "oci");
    }
    GenericKubernetesResource repository =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("source.toolkit.fluxcd.io/v1")
            .withKind("HelmRepository")
            .withMetadata(context.metadata(release).build())
            .withAdditionalProperties(Map.of("spec", repoSpec))
            .build();

    Map<String, Object> sourceRef = new LinkedHashMap<>();
    sourceRef.put("kind", "HelmRepository");
    sourceRef.put("name", release.name());
    sourceRef.put("namespace", context.namespaceOf(release));
    Map<String, Object> chartSpec = new LinkedHashMap<>();
    chartSpec.put("chart", release.chart());
    chartSpec.put("version", release.version());
    chartSpec.put("sourceRef", sourceRef);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("interval", release.interval());
    spec.put("releaseName", release.name());
    spec.put("targetNamespace", context.namespaceOf(release));
    spec.put("chart", Map.of("spec", chartSpec));
    List<Map<String, Object>> dependsOn = new ArrayList<>();
    for (Component d : release.dependsOn()) {
      // Releases the chart needs (Istio's base before istiod) install first within a stage too.
      if (d instanceof ChartRelease r && r.targetIn(context) == ReleaseTarget.FLUX) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", r.name());
        ref.put("namespace", context.namespaceOf(r));
        dependsOn.add(ref);
      }
    }
    if (!dependsOn.isEmpty()) {
      spec.put("dependsOn", dependsOn);
    }
    spec.put("install", Map.of("crds", "CreateReplace"));
    spec.put("upgrade", Map.of("crds", "CreateReplace"));
    if (!release.valuesIn(context).isEmpty()) {
      spec.put("values", new TreeMap<>(release.valuesIn(context)));
    }
    GenericKubernetesResource helmRelease =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("helm.toolkit.fluxcd.io/v2")
            .withKind("HelmRelease")
            .withMetadata(context.metadata(release).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    return List.of(repository, helmRelease);
  }
}
