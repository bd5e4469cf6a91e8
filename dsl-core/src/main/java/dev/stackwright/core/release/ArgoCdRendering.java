package dev.stackwright.core.release;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a release as an Argo CD Application (argoproj.io/v1alpha1) with inline Helm values. */
final class ArgoCdRendering {
  private ArgoCdRendering() {}

  static GenericKubernetesResource render(ChartRelease release, SynthContext context) {
    Map<String, Object> helm = new LinkedHashMap<>();
    helm.put("releaseName", release.name());
    if (!release.valuesIn(context).isEmpty()) {
      helm.put("valuesObject", new TreeMap<>(release.valuesIn(context)));
    }
    Map<String, Object> source = new LinkedHashMap<>();
    // Argo CD takes an OCI registry without its scheme as repoURL.
    source.put(
        "repoURL",
        release.isOci() ? release.repository().substring("oci://".length()) : release.repository());
    source.put("chart", release.chart());
    source.put("targetRevision", release.version());
    source.put("helm", helm);
    return application(
        release,
        release.argoCdNamespace(),
        release.argoCdProject(),
        source,
        context.namespaceOf(release),
        context);
  }

  /**
   * The Application of {@code release}: its {@code source} synced into {@code namespace} of the
   * cluster Argo CD runs in (none: the objects' own), pruned, self-healing, applied server-side.
   * Every kind of release renders through it, so they differ only in their source.
   */
  static GenericKubernetesResource application(
      Component release,
      String argoCdNamespace,
      String project,
      Map<String, Object> source,
      String namespace,
      SynthContext context) {
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("server", "https://kubernetes.default.svc");
    if (!namespace.isEmpty()) {
      destination.put("namespace", namespace);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("project", project);
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
        .withMetadata(context.metadata(release).withNamespace(argoCdNamespace).build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
