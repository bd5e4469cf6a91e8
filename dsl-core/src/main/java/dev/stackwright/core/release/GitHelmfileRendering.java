package dev.stackwright.core.release;

import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.synth.SynthContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a Git release for helmfile: a release whose chart is the folder as a go-getter URL
 * ({@code git::https://github.com/o/r.git@path?ref=tag}); helmfile fetches the folder and turns its
 * plain manifests into a chart, and Helm waits for them like for any release.
 */
final class GitHelmfileRendering {
  private GitHelmfileRendering() {}

  static List<ExtraFile> render(GitRelease r, SynthContext context) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", r.name());
    entry.put("namespace", r.targetNamespace().orElse(context.namespaceOf(r)));
    entry.put("chart", r.goGetterUrl());
    entry.put("wait", true);
    return List.of(ExtraFile.yaml("helmfile.yaml", Map.of("releases", List.of(entry))));
  }
}
