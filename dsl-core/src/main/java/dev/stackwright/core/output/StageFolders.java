package dev.stackwright.core.output;

import dev.stackwright.core.stage.Stage;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The folder of one apply stage, as every delivery tool gets it: its objects in apply order, in one
 * {@code manifests.yaml} for the single-file layout and a file per object otherwise (a stage's
 * objects are never regrouped by layer, which could change their order), a {@code
 * kustomization.yaml} listing them, and the extra files of the stage's components (helmfile entries
 * and values files), merged.
 */
final class StageFolders {
  private StageFolders() {}

  /**
   * The files of {@code stage} below {@code prefix} in {@code layout}, each object passed through
   * {@code edit} and written by {@code yaml} (which may remember what the plain folder already
   * wrote).
   */
  static List<OutputFile> files(
      Stage stage,
      String prefix,
      Layout layout,
      UnaryOperator<HasMetadata> edit,
      Function<HasMetadata, String> yaml) {
    List<HasMetadata> objects = new ArrayList<>(stage.objects().size());
    stage.objects().forEach(o -> objects.add(edit.apply(o.object())));
    List<OutputFile> manifests =
        layout == Layout.SINGLE_FILE
            ? ManifestFiles.single(objects, yaml)
            : ManifestFiles.perObject(objects, yaml);
    List<OutputFile> out = new ArrayList<>(manifests.size() + 2);
    List<OutputFile> all = new ArrayList<>(manifests);
    all.add(ManifestFiles.kustomization(manifests));
    Map<String, String> extra =
        dev.stackwright.core.stage.ExtraFiles.merge(
                stage.files().stream().map(c -> c.file()).toList())
            .files();
    extra.forEach((path, content) -> all.add(new OutputFile(path, content)));
    for (OutputFile f : all) {
      out.add(new OutputFile(prefix + stage.name() + "/" + f.path(), f.content()));
    }
    return out;
  }

  /** Whether the stage has releases for helmfile to install. */
  static boolean hasHelmfile(Stage stage) {
    return stage.files().stream().anyMatch(c -> c.file().path().equals("helmfile.yaml"));
  }

  /** Joins path segments with single slashes. */
  static String join(String base, String path) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return b.isEmpty() ? path : b + "/" + path;
  }
}
