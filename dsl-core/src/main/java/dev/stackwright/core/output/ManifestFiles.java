package dev.stackwright.core.output;

import dev.stackwright.core.Layer;
import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a synthesis result into YAML files for a {@link Layout}, plus a {@code kustomization.yaml}
 * listing them in apply order. A pure function: the same result gives the same files.
 */
public final class ManifestFiles {
  /** The name of the kustomization file written beside the manifests. */
  public static final String KUSTOMIZATION = "kustomization.yaml";

  private ManifestFiles() {}

  /** The manifest files of {@code result} in {@code layout}, followed by the kustomization. */
  public static List<OutputFile> of(SynthResult result, Layout layout) {
    List<OutputFile> files =
        switch (layout) {
          case SINGLE_FILE ->
              List.of(new OutputFile("manifests.yaml", Yaml.writeAll(result.objects())));
          case PER_LAYER -> perLayer(result);
          case PER_OBJECT -> perObject(result);
        };
    List<OutputFile> all = new ArrayList<>(files);
    all.add(kustomization(files));
    all.addAll(Helmfile.files(result.helmfileReleases(), result));
    all.add(new OutputFile(Diagram.FILE, Diagram.markdown(result)));
    return all;
  }

  private static List<OutputFile> perLayer(SynthResult result) {
    checkLayerOrder(result);
    Map<Layer, List<HasMetadata>> byLayer = new EnumMap<>(Layer.class);
    for (SynthObject o : result.entries()) {
      byLayer.computeIfAbsent(o.layer(), l -> new ArrayList<>()).add(o.object());
    }
    List<OutputFile> files = new ArrayList<>();
    byLayer.forEach(
        (layer, objects) ->
            files.add(
                new OutputFile(
                    String.format(Locale.ROOT, "%02d-%s.yaml", layer.position(), layer.label()),
                    Yaml.writeAll(objects))));
    return files;
  }

  /**
   * Files per layer apply layer by layer, so a component may only need components of its own or an
   * earlier layer; anything else would be applied before what it needs.
   */
  private static void checkLayerOrder(SynthResult result) {
    List<String> problems = new ArrayList<>();
    for (Edge e : result.edges()) {
      Layer from = result.components().get(e.from());
      Layer to = result.components().get(e.to());
      if (e.style() == Edge.Style.DEPENDENCY
          && from != null
          && to != null
          && to.position() > from.position()) {
        problems.add(
            e.from() + " (" + from.label() + ") needs " + e.to() + " (" + to.label() + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(
          "the per-layer layout of stack "
              + result.stackName()
              + " cannot keep the apply order: "
              + String.join("; ", problems)
              + ". Use the per-object or single layout.",
          null);
    }
  }

  private static List<OutputFile> perObject(SynthResult result) {
    List<HasMetadata> objects = result.objects();
    List<String> documents = Yaml.writeEach(objects);
    int width = Math.max(3, String.valueOf(objects.size()).length());
    List<OutputFile> files = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata o = objects.get(i);
      String ns = o.getMetadata().getNamespace();
      String name =
          String.format(Locale.ROOT, "%0" + width + "d", i + 1)
              + "-"
              + o.getKind().toLowerCase(Locale.ROOT)
              + (ns == null ? "" : "-" + ns)
              + "-"
              + o.getMetadata().getName()
              + ".yaml";
      files.add(new OutputFile(name, Yaml.DOCUMENT_START + documents.get(i)));
    }
    return files;
  }

  private static OutputFile kustomization(List<OutputFile> files) {
    StringBuilder out =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (OutputFile f : files) {
      out.append("- ").append(f.path()).append('\n');
    }
    return new OutputFile(KUSTOMIZATION, out.toString());
  }
}
