package dev.stackwright.core.output;

import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code helmfile.yaml} of a stack's upstream releases rendered for helmfile, with each
 * release's values in {@code releases/<name>.values.yaml}. Releases are listed in apply order.
 */
final class Helmfile {
  private Helmfile() {}

  static List<OutputFile> files(List<ChartRelease> releases, SynthResult result) {
    if (releases.isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> repositories = new ArrayList<>();
    List<Map<String, Object>> entries = new ArrayList<>();
    List<OutputFile> files = new ArrayList<>();
    String defaultNamespace = "default";
    for (ChartRelease r : releases) {
      Map<String, Object> repo = new LinkedHashMap<>();
      repo.put("name", r.name());
      if (r.isOci()) {
        repo.put("url", r.repository().substring("oci://".length()));
        repo.put("oci", true);
      } else {
        repo.put("url", r.repository());
      }
      repositories.add(repo);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", r.name());
      entry.put("namespace", r.namespace().orElse(defaultNamespace));
      entry.put("chart", r.name() + "/" + r.chart());
      entry.put("version", r.version());
      String valuesFile = "releases/" + r.name() + ".values.yaml";
      entry.put("values", List.of(valuesFile));
      entries.add(entry);
      files.add(new OutputFile(valuesFile, Yaml.write(new TreeMap<>(r.values()))));
    }
    Map<String, Object> helmfile = new LinkedHashMap<>();
    helmfile.put("repositories", repositories);
    helmfile.put("releases", entries);
    files.add(
        0,
        new OutputFile(
            "helmfile.yaml",
            "# Upstream releases of the "
                + result.stackName()
                + " stack: helmfile apply\n"
                + Yaml.write(helmfile)));
    return files;
  }
}
