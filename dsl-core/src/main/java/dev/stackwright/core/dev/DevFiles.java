package dev.stackwright.core.dev;

import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.report.Report;
import dev.stackwright.core.synth.SynthResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inner-loop files of a synthesized stack, in a folder of their own beside its manifests
 * ({@code dist/shop/dev/dev-loop/}, so a {@code kubectl apply -f} of the manifests' folder never
 * meets them): {@code skaffold.yaml}, {@code Tiltfile}, and a kustomize overlay per apply stage
 * that applies the stage's folder with the images from a build tagged {@value #DEV_TAG} instead of
 * pinned by digest. Skaffold and Tilt leave a digest-pinned image alone, so this is what lets them
 * substitute the image they have just built.
 */
public final class DevFiles {
  /** The folder, below a stack's output folder, that holds the inner-loop files. */
  public static final String FOLDER = "dev-loop";

  /** The tag the overlays give the images from a build, for Skaffold and Tilt to replace. */
  public static final String DEV_TAG = "dev";

  private DevFiles() {}

  /**
   * The inner-loop files of {@code result}, relative to the output root {@code root}; the
   * applications' folders are written relative to the dev folder below {@code root}.
   */
  public static List<OutputFile> of(SynthResult result, Path root) {
    DevPlan plan = DevPlan.of(result, root);
    String folder = StackOutput.folderOf(result) + "/" + FOLDER + "/";
    List<OutputFile> out = new ArrayList<>();
    for (DevPlan.StageOverlay s : plan.stages()) {
      out.add(
          new OutputFile(
              folder + s.folder() + "/" + ManifestFiles.KUSTOMIZATION, overlay(plan, s)));
    }
    out.add(new OutputFile(folder + "skaffold.yaml", SkaffoldConfig.of(plan)));
    out.add(new OutputFile(folder + Tiltfile.FILE, Tiltfile.of(plan)));
    return out;
  }

  /**
   * Writes {@code results} under {@code root} as {@link StackOutput#write} does (with the report
   * pages when {@code report}), and the inner-loop files of each result beside its manifests, all
   * in the same swap.
   *
   * @return the files written, relative to {@code root}
   */
  public static List<String> write(
      OutputFolder root,
      List<SynthResult> results,
      Layout layout,
      Set<Format> formats,
      boolean report) {
    List<OutputFile> all = new ArrayList<>();
    StackOutput.plan(results, layout, formats)
        .forEach(
            (folder, files) ->
                files.forEach(f -> all.add(new OutputFile(folder + "/" + f.path(), f.content()))));
    if (report) {
      all.addAll(Report.files(results, layout, formats, Report.previous(root.path(), results)));
    }
    results.forEach(r -> all.addAll(of(r, root.path())));
    root.replaceWith(all);
    return all.stream().map(OutputFile::path).toList();
  }

  private static String overlay(DevPlan plan, DevPlan.StageOverlay stage) {
    StringBuilder out =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ");
    out.append(Quoted.of(stage.base())).append('\n');
    if (!plan.artifacts().isEmpty()) {
      out.append("images:\n");
      for (DevPlan.Artifact a : plan.artifacts()) {
        out.append("- name: ")
            .append(Quoted.of(a.name()))
            .append("\n  newTag: ")
            .append(DEV_TAG)
            .append('\n');
      }
    }
    return out.toString();
  }
}
