package dev.stackwright.core.release;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.LinkedHashMap;
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
    return ArgoCdRendering.application(
        release,
        release.argoCdNamespace(),
        release.argoCdProject(),
        source,
        release.targetNamespace().orElse(""),
        context);
  }
}
