package dev.stackwright.core.helm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.ValueBinding;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a stack as a Helm chart: {@code Chart.yaml}, {@code values.yaml}, {@code
 * values.schema.json}, {@code values-<env>.yaml} per further environment, and {@code templates/}
 * where the per-environment fields are templated from values. Objects of the stack's default
 * namespace, and references to it (see {@link ReleaseNamespace}), go to the release namespace
 * ({@code helm install -n}); objects of other namespaces stay where they are. Namespace objects are
 * left out unless {@code stackwright.createNamespaces} is true (false by default), so {@code helm
 * uninstall} never deletes a namespace. Rendering the chart into the default namespace with {@code
 * createNamespaces} gives exactly the objects of the plain output of the first environment, and
 * with {@code values-<env>.yaml} those of that environment.
 */
public final class HelmChart {
  /** The value under {@code stackwright} that switches Namespace objects on; false by default. */
  public static final String CREATE_NAMESPACES = "createNamespaces";

  private HelmChart() {}

  /**
   * The chart files of one stack built for one or more environments. The first environment gives
   * values.yaml; each other one a values file with only its differences. An object that exists in
   * only some environments, or differs between them in more than values, becomes one template per
   * variant, each switched on by a boolean under {@code stackwright.objects} in the values.
   */
  public static List<OutputFile> files(List<SynthResult> environments) {
    SynthResult base = environments.get(0);
    List<Collected> collected = environments.stream().map(HelmChart::collect).toList();
    Set<ComponentId> contributors = new LinkedHashSet<>();
    collected.forEach(c -> contributors.addAll(c.known().contributors()));
    Map<ComponentId, String> keys = ValueKeys.of(contributors);
    List<Rendering> renderings = collected.stream().map(c -> render(c, keys)).toList();

    // Every variant of every object, in the order first seen, with the environments that have it.
    Map<String, Map<String, List<Integer>>> variants = new LinkedHashMap<>();
    for (int e = 0; e < renderings.size(); e++) {
      for (Map.Entry<String, String> t : renderings.get(e).templates().entrySet()) {
        variants
            .computeIfAbsent(t.getKey(), k -> new LinkedHashMap<>())
            .computeIfAbsent(t.getValue(), k -> new ArrayList<>())
            .add(e);
      }
    }
    Map<String, String> templates = new LinkedHashMap<>();
    List<Map<String, Boolean>> flags = new ArrayList<>();
    renderings.forEach(r -> flags.add(new TreeMap<>()));
    for (Map.Entry<String, Map<String, List<Integer>>> object : variants.entrySet()) {
      String stem = object.getKey();
      Map<String, List<Integer>> byText = object.getValue();
      boolean namespace = renderings.stream().anyMatch(r -> r.namespaces().contains(stem));
      if (byText.size() == 1 && byText.values().iterator().next().size() == renderings.size()) {
        templates.put(
            "templates/" + stem + ".yaml", onlyIf(namespace, byText.keySet().iterator().next()));
        continue;
      }
      for (Map.Entry<String, List<Integer>> variant : byText.entrySet()) {
        String flag =
            byText.size() == 1
                ? stem
                : stem + "-" + environments.get(variant.getValue().get(0)).outputName();
        for (int e = 0; e < renderings.size(); e++) {
          flags.get(e).put(flag, variant.getValue().contains(e));
        }
        templates.put(
            "templates/" + flag + ".yaml",
            onlyIf(
                namespace,
                "{{- if index .Values \"stackwright\" \"objects\" \""
                    + flag
                    + "\" }}\n"
                    + variant.getKey()
                    + "{{- end }}\n"));
      }
    }

    List<ValueBinding> union = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (Rendering r : renderings) {
      for (ValueBinding b : r.bindings()) {
        if (paths.add(b.path())) {
          union.add(b);
        }
      }
    }
    List<Map<String, Object>> values = new ArrayList<>();
    for (int e = 0; e < renderings.size(); e++) {
      List<ValueBinding> own = new ArrayList<>(union);
      own.addAll(renderings.get(e).bindings());
      Map<String, Object> tree = ValuesTree.of(own);
      Map<String, Object> stackwright = new TreeMap<>();
      stackwright.put(CREATE_NAMESPACES, false);
      if (!flags.get(e).isEmpty()) {
        stackwright.put("objects", flags.get(e));
      }
      tree.put("stackwright", stackwright);
      values.add(tree);
    }

    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile("Chart.yaml", chartYaml(base, renderings)));
    files.add(
        new OutputFile(
            "values.yaml",
            "# Values of the "
                + base.stackName()
                + " stack ("
                + base.outputName()
                + "). Generated by Stackwright: change the Java definition.\n"
                + Yaml.write(values.get(0))));
    files.add(
        new OutputFile("values.schema.json", json(ValuesSchema.of(union, flags.get(0).keySet()))));
    for (int e = 1; e < environments.size(); e++) {
      String env = environments.get(e).outputName();
      files.add(
          new OutputFile(
              "values-" + env + ".yaml",
              "# Overrides for "
                  + env
                  + ": helm install -f values-"
                  + env
                  + ".yaml\n"
                  + Yaml.write(ValuesTree.diff(values.get(0), values.get(e)))));
    }
    files.add(new OutputFile("templates/_helpers.tpl", helpers(base)));
    files.add(new OutputFile("templates/NOTES.txt", notes(base)));
    templates.forEach((name, text) -> files.add(new OutputFile(name, text)));
    return files;
  }

  /** One environment's objects as JSON trees, their known values, and the version they need. */
  private record Collected(
      SynthResult result, List<JsonNode> trees, KnownValues known, KubeVersion kubeVersion) {}

  /**
   * One environment's chart: its templates by file stem, the stems of its Namespace objects, its
   * values, and the Kubernetes version its objects need.
   */
  private record Rendering(
      Map<String, String> templates,
      Set<String> namespaces,
      List<ValueBinding> bindings,
      KubeVersion kubeVersion) {}

  private static Collected collect(SynthResult result) {
    List<JsonNode> trees = new ArrayList<>();
    KnownValues known = new KnownValues(result.values());
    KubeVersion kubeVersion = new KubeVersion();
    for (SynthObject o : result.entries()) {
      JsonNode tree = Yaml.tree(o.object());
      trees.add(tree);
      known.noteAutoscaler(o, tree);
      kubeVersion.require(tree);
    }
    for (int i = 0; i < trees.size(); i++) {
      known.collect(result.entries().get(i), trees.get(i));
    }
    return new Collected(result, trees, known, kubeVersion);
  }

  /** The templates of one environment, with values under the keys every environment shares. */
  private static Rendering render(Collected collected, Map<ComponentId, String> keys) {
    SynthResult result = collected.result();
    List<JsonNode> trees = collected.trees();
    KnownValues known = collected.known();
    known.bind(keys);
    Map<String, List<Slot>> slotsByObject = new HashMap<>();
    for (Slot s : known.slots) {
      slotsByObject.computeIfAbsent(s.objectKey(), k -> new ArrayList<>()).add(s);
    }
    Optional<ReleaseNamespace> release = result.defaultNamespace().map(ReleaseNamespace::new);
    Map<String, String> templates = new LinkedHashMap<>();
    Set<String> namespaces = new HashSet<>();
    for (int i = 0; i < trees.size(); i++) {
      HasMetadata o = result.entries().get(i).object();
      String key = ValueBinding.keyOf(o);
      List<Slot> slots = new ArrayList<>(slotsByObject.getOrDefault(key, List.of()));
      if (release.isPresent()) {
        slots.addAll(release.get().slots(key, o.getKind(), trees.get(i), slots));
      }
      String ns = o.getMetadata().getNamespace();
      String stem =
          (o.getKind() + (ns == null ? "" : "-" + ns) + "-" + o.getMetadata().getName())
              .toLowerCase(Locale.ROOT);
      templates.put(stem, Template.of(trees.get(i), slots));
      if (o.getKind().equals("Namespace")) {
        namespaces.add(stem);
      }
    }
    return new Rendering(templates, namespaces, List.copyOf(known.values), collected.kubeVersion());
  }

  /** The template switched on by {@code stackwright.createNamespaces} when it is a Namespace's. */
  private static String onlyIf(boolean namespace, String template) {
    return namespace
        ? "{{- if .Values.stackwright." + CREATE_NAMESPACES + " }}\n" + template + "{{- end }}\n"
        : template;
  }

  private static String chartYaml(SynthResult base, List<Rendering> renderings) {
    KubeVersion needed = new KubeVersion();
    renderings.forEach(r -> needed.require(r.kubeVersion()));
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("apiVersion", "v2");
    chart.put("name", base.stackName());
    chart.put("description", "The " + base.stackName() + " stack, synthesized by Stackwright.");
    chart.put("type", "application");
    chart.put("version", base.version());
    chart.put("appVersion", base.version());
    chart.put("kubeVersion", needed.constraint());
    return Yaml.write(chart);
  }

  private static String helpers(SynthResult base) {
    return "{{/* Helpers of the "
        + base.stackName()
        + " chart, generated by Stackwright. */}}\n"
        + "{{- define \""
        + base.stackName()
        + ".chart\" -}}\n"
        + "{{ .Chart.Name }}-{{ .Chart.Version }}\n"
        + "{{- end -}}\n";
  }

  private static String notes(SynthResult base) {
    return "Installed {{ include \""
        + base.stackName()
        + ".chart\" . }} as release {{ .Release.Name }}: the "
        + base.stackName()
        + " stack, "
        + base.objects().size()
        + " objects.\n"
        + base.defaultNamespace()
            .map(
                ns ->
                    "The objects of namespace "
                        + ns
                        + " went to the release namespace {{ .Release.Namespace }}.\n")
            .orElse("")
        + "Namespace objects are "
        + "{{ if .Values.stackwright.createNamespaces }}part of{{ else }}not part of{{ end }}"
        + " the release (stackwright.createNamespaces).\n"
        + "The chart is generated by Stackwright: change the Java definition, not the templates.\n";
  }

  private static String json(Object value) {
    try {
      return Yaml.json().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
