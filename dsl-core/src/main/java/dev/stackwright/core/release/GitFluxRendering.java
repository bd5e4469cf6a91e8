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

/**
 * Renders a Git release as a Flux GitRepository (source.toolkit.fluxcd.io/v1) that fetches only the
 * release's folder at its tag, and a Kustomization (kustomize.toolkit.fluxcd.io/v1) that applies
 * it, prunes what the folder drops and waits until every object is ready.
 */
final class GitFluxRendering {
  private GitFluxRendering() {}

  static List<HasMetadata> render(GitRelease release, SynthContext context) {
    String namespace = context.namespaceOf(release);
    Map<String, Object> repoSpec = new LinkedHashMap<>();
    repoSpec.put("interval", release.interval());
    repoSpec.put("url", release.url());
    repoSpec.put("ref", Map.of("tag", release.ref()));
    // Fetch only the folder: the artifact stays small whatever else the repository holds.
    repoSpec.put("ignore", "/*\n!/" + release.path() + "/\n");
    GenericKubernetesResource repository =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("source.toolkit.fluxcd.io/v1")
            .withKind("GitRepository")
            .withMetadata(context.metadata(release).build())
            .withAdditionalProperties(Map.of("spec", repoSpec))
            .build();

    Map<String, Object> sourceRef = new LinkedHashMap<>();
    sourceRef.put("kind", "GitRepository");
    sourceRef.put("name", release.name());
    sourceRef.put("namespace", namespace);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("interval", release.interval());
    spec.put("sourceRef", sourceRef);
    spec.put("path", "./" + release.path());
    spec.put("prune", true);
    spec.put("wait", true);
    release.targetNamespace().ifPresent(ns -> spec.put("targetNamespace", ns));
    List<Map<String, Object>> dependsOn = new ArrayList<>();
    for (Component d : release.dependsOn()) {
      // Folders the release needs (the CRDs before their controller) apply first within a stage.
      if (d instanceof GitRelease g && g.targetIn(context) == ReleaseTarget.FLUX) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", g.name());
        ref.put("namespace", context.namespaceOf(g));
        dependsOn.add(ref);
      }
    }
    if (!dependsOn.isEmpty()) {
      spec.put("dependsOn", dependsOn);
    }
    GenericKubernetesResource kustomization =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("kustomize.toolkit.fluxcd.io/v1")
            .withKind("Kustomization")
            .withMetadata(context.metadata(release).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    return List.of(repository, kustomization);
  }
}
