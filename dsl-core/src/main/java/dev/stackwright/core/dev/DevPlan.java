package dev.stackwright.core.dev;

import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.pod.BuildImage;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dev files of one synthesized stack say, with every path relative to the dev folder
 * ({@code dist/shop/dev/dev-loop/}): the images to build and the stage overlays to apply in order.
 *
 * @param label the stack and its environment, for comments and Skaffold's config name
 * @param artifacts the images from a build, in the order the stack writes them
 * @param stages the overlay folder of each stage (below the dev folder) and the folder it applies
 */
record DevPlan(String label, List<Artifact> artifacts, List<StageOverlay> stages) {

  /**
   * An image the loop builds.
   *
   * @param name the image name the manifests write, without tag or digest
   * @param build how the application builds it
   * @param context the application's folder, relative to the dev folder
   */
  record Artifact(String name, BuildImage build, String context) {}

  /**
   * A stage's overlay: a folder below the dev folder whose kustomization applies the stage's folder
   * with the built images unpinned, so Skaffold and Tilt substitute what they build.
   *
   * @param folder the overlay's folder, relative to the dev folder
   * @param base the stage's folder, relative to the overlay's folder
   */
  record StageOverlay(String folder, String base) {}

  /** The plan of {@code result}, written below the output root {@code root}. */
  static DevPlan of(SynthResult result, Path root) {
    String folder = StackOutput.folderOf(result) + "/" + DevFiles.FOLDER;
    Path dev = root.toAbsolutePath().normalize().resolve(folder);
    List<Artifact> artifacts = new ArrayList<>();
    result
        .buildImages()
        .forEach(
            (name, build) ->
                artifacts.add(new Artifact(name, build, relative(dev, build.resolvedContext()))));
    List<StageOverlay> stages = new ArrayList<>();
    String delivery = result.stages().delivery().folder();
    for (Stage s : result.stages().stages()) {
      if (!s.objects().isEmpty()) {
        stages.add(new StageOverlay(s.name(), "../../" + delivery + "/" + s.name()));
      }
    }
    if (result.stages().stages().isEmpty()) {
      // No apply stages: the plain folder's own kustomization lists every object in order.
      stages.add(new StageOverlay("all", "../.."));
    }
    String label =
        result.isDefaultOutput()
            ? result.stackName()
            : result.stackName() + "-" + result.outputName();
    return new DevPlan(label, artifacts, stages);
  }

  /**
   * {@code target} relative to {@code from}, with forward slashes; {@code .} for the same folder.
   */
  static String relative(Path from, Path target) {
    String path = from.relativize(target).toString().replace('\\', '/');
    return path.isEmpty() ? "." : path;
  }
}
