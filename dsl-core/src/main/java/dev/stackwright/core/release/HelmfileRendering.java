package dev.stackwright.core.release;

import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a release for helmfile: its repository and release as a fragment of the folder's {@code
 * helmfile.yaml} (fragments of every release merge, in apply order), and its values in {@code
 * releases/<name>.values.yaml}. Helm waits for the release's resources, so the next stage finds the
 * operator running and its CRDs served.
 */
final class HelmfileRendering {
  private HelmfileRendering() {}

  static List<ExtraFile> render(ChartRelease r, SynthContext context) {
    Map<String, Object> repo = new LinkedHashMap<>();
    repo.put("name", r.name());
    if (r.isOci()) {
      repo.put("url", r.repository().substring("oci://".length()));
      repo.put("oci", true);
    } else {
      repo.put("url", r.repository());
    }
    String valuesFile = "releases/" + r.name() + ".values.yaml";
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", r.name());
    entry.put("namespace", context.namespaceOf(r));
    entry.put("chart", r.name() + "/" + r.chart());
    entry.put("version", r.version());
    entry.put("values", List.of(valuesFile));
    entry.put("wait", true);
    Map<String, Object> helmfile = new LinkedHashMap<>();
    helmfile.put("repositories", List.of(repo));
    helmfile.put("releases", List.of(entry));
    return List.of(
        ExtraFile.yaml("helmfile.yaml", helmfile),
        ExtraFile.text(valuesFile, Yaml.write(new TreeMap<>(r.valuesIn(context)))));
  }
}
