package dev.stackwright.core.release;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a Git release as an Argo CD Application (argoproj.io/v1alpha1) of the folder at its tag,
 * applied server-side (CRDs are too large for client-side apply's annotation).
 */
final class GitArgoCdRendering {
  private GitArgoCdRendering() {}

  static GenericKubernetesResource render(GitRelease release, SynthContext context) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("repoURL", release.url());
    source.put("targetRevision", release.ref());
    source.put("path", release.path());
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("server", "https://kubernetes.default.svc");
    release.targetNamespace().ifPresent(ns -> destination.put("namespace", ns));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("project", release.argoCdProject());
    spec.put("source", source);
    spec.put("destination", destination);
    spec.put(
        "syncPolicy",
        Map.of(
            "automated", Map.of("prune", true, "selfHeal", true),
            "syncOptions", List.of("ServerSideApply=true")));
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("argoproj.io/v1alpha1")
        .withKind("Application")
        .withMetadata(context.metadata(release).withNamespace(release.argoCdNamespace()).build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
