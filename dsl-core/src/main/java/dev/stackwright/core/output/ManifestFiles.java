package dev.stackwright.core.output;

import dev.stackwright.core.Layer;
import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Severity;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a synthesis result into YAML files for a {@link Layout}, plus a {@code kustomization.yaml}
 * listing them in apply order. A pure function: the same result gives the same files.
 */
public final class ManifestFiles {
  /** The rule of a component the per-layer layout would write before what it needs. */
  public static final String LAYER_ORDER = "output.layer-order";

  /** The file of the single-file layout. */
  private static final String SINGLE_FILE_NAME = "manifests.yaml";

  /** The name of the kustomization file written beside the manifests. */
  public static final String KUSTOMIZATION = "kustomization.yaml";

  private ManifestFiles() {}

  /** The manifest files of {@code result} in {@code layout}, followed by the kustomization. */
  public static List<OutputFile> of(SynthResult result, Layout layout) {
    return of(result, layout, ManifestFiles::document);
  }

  /**
   * An object's YAML document as every file holds it, after its {@code ---} line: a per-object file
   * is exactly one, a multi-document file several joined, so one string serves both.
   */
  static String document(HasMetadata object) {
    return Yaml.DOCUMENT_START + Yaml.write(object);
  }

  /**
   * As {@link #of(SynthResult, Layout)}, each object's document ({@link #document}, {@code ---}
   * line included) from {@code yaml}.
   */
  static List<OutputFile> of(
      SynthResult result, Layout layout, Function<HasMetadata, String> yaml) {
    List<OutputFile> files =
        switch (layout) {
          case SINGLE_FILE -> single(result.objects(), yaml);
          case PER_LAYER -> perLayer(result, yaml);
          case PER_OBJECT -> perObject(result.objects(), yaml);
        };
    List<OutputFile> all = new ArrayList<>(files);
    all.add(kustomization(files));
    result
        .stages()
        .mergedFiles()
        .forEach((path, content) -> all.add(new OutputFile(path, content)));
    all.add(new OutputFile(Diagram.FILE, Diagram.markdown(result)));
    return all;
  }

  /** The one file of the single-file layout, holding {@code objects} in the given order. */
  static List<OutputFile> single(List<HasMetadata> objects, Function<HasMetadata, String> yaml) {
    return List.of(new OutputFile(SINGLE_FILE_NAME, writeAll(objects, yaml)));
  }

  private static String writeAll(List<HasMetadata> objects, Function<HasMetadata, String> yaml) {
    List<String> documents = new ArrayList<>(objects.size());
    int length = 0;
    for (HasMetadata o : objects) {
      String d = yaml.apply(o);
      documents.add(d);
      length += d.length();
    }
    StringBuilder out = new StringBuilder(length);
    documents.forEach(out::append);
    return out.toString();
  }

  private static List<OutputFile> perLayer(SynthResult result, Function<HasMetadata, String> yaml) {
    checkLayerOrder(result);
    Map<Layer, List<HasMetadata>> byLayer = new EnumMap<>(Layer.class);
    for (SynthObject o : result.entries()) {
      byLayer.computeIfAbsent(o.layer(), l -> new ArrayList<>()).add(o.object());
    }
    List<OutputFile> files = new ArrayList<>();
    byLayer.forEach(
        (layer, objects) -> files.add(new OutputFile(layerFile(layer), writeAll(objects, yaml))));
    return files;
  }

  private static String layerFile(Layer layer) {
    return String.format(Locale.ROOT, "%02d-%s.yaml", layer.position(), layer.label());
  }

  /**
   * The file of {@code layout} that holds each object of {@code result}, in apply order (what the
   * report links to), without serializing anything.
   */
  public static List<String> fileOfEach(SynthResult result, Layout layout) {
    return switch (layout) {
      case SINGLE_FILE -> Collections.nCopies(result.entries().size(), SINGLE_FILE_NAME);
      case PER_LAYER -> result.entries().stream().map(o -> layerFile(o.layer())).toList();
      case PER_OBJECT ->
          perObject(result.objects(), o -> "").stream().map(OutputFile::path).toList();
    };
  }

  /**
   * Files per layer apply layer by layer, so a component may only need components of its own or an
   * earlier layer; anything else would be applied before what it needs.
   */
  private static void checkLayerOrder(SynthResult result) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : layoutProblems(result, Layout.PER_LAYER)) {
      problems.add(d.message());
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

  /**
   * What keeps {@code layout} from writing {@code result} in apply order, as errors at the path of
   * each component that needs a later layer ({@value #LAYER_ORDER}): the CLI's {@code validate} and
   * {@code synth} report them before anything is written, so a {@code validate} that passes with a
   * layout never leads to a {@code synth} that fails with it. Only the per-layer layout has such a
   * constraint.
   */
  public static List<Diagnostic> layoutProblems(SynthResult result, Layout layout) {
    if (layout != Layout.PER_LAYER) {
      return List.of();
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (Edge e : result.edges()) {
      Layer from = result.components().get(e.from());
      Layer to = result.components().get(e.to());
      if (e.style() == Edge.Style.DEPENDENCY
          && from != null
          && to != null
          && to.position() > from.position()) {
        problems.add(
            new Diagnostic(
                Severity.ERROR,
                LAYER_ORDER,
                "stack " + result.stackName() + " / " + e.from().segment(),
                e.from()
                    + " ("
                    + from.label()
                    + ") needs "
                    + e.to()
                    + " ("
                    + to.label()
                    + "), which the per-layer layout writes later; use the per-object or single"
                    + " layout"));
      }
    }
    return problems;
  }

  /** A file per object, numbered in the given order: {@code 007-deployment-shop-api.yaml}. */
  static List<OutputFile> perObject(List<HasMetadata> objects, Function<HasMetadata, String> yaml) {
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
      files.add(new OutputFile(name, yaml.apply(o)));
    }
    return files;
  }

  /** The {@code kustomization.yaml} that lists {@code files} as resources, in order. */
  static OutputFile kustomization(List<OutputFile> files) {
    StringBuilder out =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (OutputFile f : files) {
      out.append("- ").append(f.path()).append('\n');
    }
    return new OutputFile(KUSTOMIZATION, out.toString());
  }
}
