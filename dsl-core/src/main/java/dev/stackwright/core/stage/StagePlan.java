package dev.stackwright.core.stage;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.ExtraFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a synthesized stack reaches an empty cluster: its objects split into apply stages, the extra
 * files of its components, the kinds each provider installs, the target cluster and the delivery
 * tool. Every object is in exactly one stage; the plain per-environment output keeps all of them in
 * one folder for review and diff.
 */
public final class StagePlan {

  /**
   * An extra file added by a component, with the stage the component is applied in.
   *
   * @param file the file
   * @param origin the component that added it
   * @param stage the index of the component's stage
   */
  public record Contribution(ExtraFile file, ComponentId origin, int stage) {}

  private final List<Stage> stages;
  private final List<Contribution> files;
  private final Map<ComponentId, List<ApiKind>> installs;
  private final TargetCluster target;
  private final boolean targetStated;
  private final Delivery delivery;

  StagePlan(
      List<Stage> stages,
      List<Contribution> files,
      Map<ComponentId, List<ApiKind>> installs,
      TargetCluster target,
      boolean targetStated,
      Delivery delivery) {
    this.stages = List.copyOf(stages);
    this.files = List.copyOf(files);
    this.installs = Collections.unmodifiableMap(new LinkedHashMap<>(installs));
    this.target = target;
    this.targetStated = targetStated;
    this.delivery = delivery;
  }

  /** The plan of a stack that did not synthesize: no stages, no files. */
  public static StagePlan empty(TargetCluster target, boolean targetStated, Delivery delivery) {
    return new StagePlan(List.of(), List.of(), Map.of(), target, targetStated, delivery);
  }

  /** The stages in apply order. */
  public List<Stage> stages() {
    return stages;
  }

  /** Every extra file, in the apply order of the components that added them. */
  public List<Contribution> files() {
    return files;
  }

  /** The extra files as they are written into one folder: shared YAML files merged. */
  public Map<String, String> mergedFiles() {
    return ExtraFiles.merge(files.stream().map(Contribution::file).toList()).files();
  }

  /** The kinds each provider component of the stack installs. */
  public Map<ComponentId, List<ApiKind>> installs() {
    return installs;
  }

  /** The cluster the stack is checked against. */
  public TargetCluster target() {
    return target;
  }

  /** Whether the stack stated its target; if not, {@link TargetCluster#assumed()} is used. */
  public boolean targetStated() {
    return targetStated;
  }

  /** The delivery tool the stages are wired for. */
  public Delivery delivery() {
    return delivery;
  }

  /** The index of the stage of every object, in the order of {@link #stages()}. */
  public List<Integer> indexes() {
    List<Integer> out = new ArrayList<>();
    for (Stage s : stages) {
      s.objects().forEach(o -> out.add(s.index()));
    }
    return out;
  }
}
