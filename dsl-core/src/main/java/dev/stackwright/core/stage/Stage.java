package dev.stackwright.core.stage;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.synth.SynthObject;
import java.util.List;
import java.util.Locale;

/**
 * One apply stage: objects that need nothing a later stage installs. The tool applies a stage only
 * when the one before is ready, so the kinds {@link #installs()} lists are served by then.
 *
 * @param index the stage's number, from 0
 * @param objects the stage's objects, in apply order
 * @param files the extra files of the stage's components (helmfile entries, values files)
 * @param installs the kinds the stage's releases and CustomResourceDefinitions install
 */
public record Stage(
    int index,
    List<SynthObject> objects,
    List<StagePlan.Contribution> files,
    List<ApiKind> installs) {

  /** Copies the lists. */
  public Stage {
    objects = List.copyOf(objects);
    files = List.copyOf(files);
    installs = List.copyOf(installs);
  }

  /** The stage's folder and name suffix: {@code stage-0}, {@code stage-1}... */
  public String name() {
    return String.format(Locale.ROOT, "stage-%d", index);
  }
}
