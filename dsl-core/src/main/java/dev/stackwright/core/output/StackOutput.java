package dev.stackwright.core.output;

import dev.stackwright.core.helm.HelmChart;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes synthesized stacks into one output root: a folder per stack, below it a folder per
 * environment when the stack was built for a named one ({@code dist/shop/prod/}), or per cluster
 * when its target cluster is named ({@code dist/shop/prod-eu/}), and the Helm chart in {@code
 * dist/shop/chart/}; below each plain folder, its apply stages wired for the stack's delivery tool
 * ({@code dist/shop/prod/flux/}). The whole root is replaced at once, so a run writes every stack
 * or none.
 */
public final class StackOutput {
  /** The folder, below a stack's folder, that holds its Helm chart. */
  public static final String CHART_FOLDER = "chart";

  private StackOutput() {}

  /** The folder of a result below the output root, e.g. {@code shop} or {@code shop/prod}. */
  public static String folderOf(SynthResult result) {
    return result.isDefaultOutput()
        ? result.stackName()
        : result.stackName() + "/" + result.outputName();
  }

  /**
   * The files of every result, by folder: plain manifests in {@code layout}, and a Helm chart per
   * stack name (its environments in the order given).
   *
   * @throws OutputException when two results would share one folder
   */
  public static Map<String, List<OutputFile>> plan(
      List<SynthResult> results, Layout layout, Set<Format> formats) {
    Map<String, List<OutputFile>> byFolder = new LinkedHashMap<>();
    Map<String, List<SynthResult>> byStack = new LinkedHashMap<>();
    for (SynthResult r : results) {
      byStack.computeIfAbsent(r.stackName(), k -> new ArrayList<>()).add(r);
      if (formats.contains(Format.PLAIN)) {
        // The stage folders hold the same objects: write each one's YAML once.
        // Serialized on every core up front, in a fixed order, so the bytes never depend on it.
        IdentityHashMap<HasMetadata, String> written = new IdentityHashMap<>();
        List<HasMetadata> objects = r.objects();
        // Each held once, with its --- line, whether a file holds it alone or with others.
        List<String> documents = Yaml.writeEach(objects);
        for (int i = 0; i < objects.size(); i++) {
          written.put(objects.get(i), Yaml.DOCUMENT_START + documents.get(i));
        }
        Function<HasMetadata, String> yaml =
            o -> written.computeIfAbsent(o, ManifestFiles::document);
        put(byFolder, folderOf(r), ManifestFiles.of(r, layout, yaml));
        List<OutputFile> delivery = DeliveryFiles.of(r, layout, yaml);
        if (!delivery.isEmpty()) {
          put(byFolder, DeliveryFiles.folderOf(r), delivery);
        }
      }
    }
    if (formats.contains(Format.HELM)) {
      byStack.forEach(
          (stack, environments) ->
              put(byFolder, stack + "/" + CHART_FOLDER, HelmChart.files(environments)));
    }
    return byFolder;
  }

  private static void put(
      Map<String, List<OutputFile>> byFolder, String folder, List<OutputFile> files) {
    if (byFolder.put(folder, files) != null) {
      throw new OutputException(
          "two outputs would be written to "
              + folder
              + "; give the stacks or environments different names ("
              + CHART_FOLDER
              + " is reserved for the Helm chart)",
          null);
    }
  }

  /** Writes every result as plain manifests under {@code root}; returns the files written. */
  public static List<String> write(OutputFolder root, List<SynthResult> results, Layout layout) {
    return write(root, results, layout, EnumSet.of(Format.PLAIN));
  }

  /** Writes every result under {@code root} in the given formats, replacing it whole. */
  public static List<String> write(
      OutputFolder root, List<SynthResult> results, Layout layout, Set<Format> formats) {
    List<OutputFile> all = new ArrayList<>();
    plan(results, layout, formats)
        .forEach(
            (folder, files) ->
                files.forEach(f -> all.add(new OutputFile(folder + "/" + f.path(), f.content()))));
    root.replaceWith(all);
    return all.stream().map(OutputFile::path).toList();
  }
}
