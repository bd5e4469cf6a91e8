package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Where a workload's pods may and should run: node selector, node affinity, placement relative to
 * other pods, topology spread, tolerations and priority. Synthesizes into the pod spec's {@code
 * nodeSelector}, {@code affinity}, {@code topologySpreadConstraints}, {@code tolerations} and
 * {@code priorityClassName}.
 *
 * <pre>{@code
 * Scheduling.builder()
 *     .putNodeSelector("kubernetes.io/os", "linux")
 *     .addPlacement(PodPlacement.spreadAcrossNodes())
 *     .addTopologySpread(TopologySpread.acrossZones())
 *     .build()
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Scheduling {
  private static final Scheduling NONE = builder().build();

  /** Node labels a node must have. */
  public abstract Map<String, String> nodeSelector();

  /** Node-affinity rules, required or preferred. */
  public abstract List<NodeRule> nodeRules();

  /** Placement relative to other pods (affinity and anti-affinity). */
  public abstract List<PodPlacement> placements();

  /** Even spreads across topology domains. */
  public abstract List<TopologySpread> topologySpreads();

  /** Node taints the pods tolerate. */
  public abstract List<TaintToleration> tolerations();

  /** The pods' priority class. */
  public abstract Optional<Priority> priority();

  /** No scheduling constraints. */
  public static Scheduling none() {
    return NONE;
  }

  /** A builder for scheduling constraints. */
  public static Builder builder() {
    return new Builder();
  }

  void validate(Checks checks) {
    for (int i = 0; i < nodeRules().size(); i++) {
      nodeRules().get(i).validate(checks.in("scheduling.nodeRules[" + i + "]"));
    }
    for (int i = 0; i < placements().size(); i++) {
      placements().get(i).validate(checks.in("scheduling.placements[" + i + "]"));
    }
    for (int i = 0; i < topologySpreads().size(); i++) {
      topologySpreads().get(i).validate(checks.in("scheduling.topologySpreads[" + i + "]"));
    }
    for (int i = 0; i < tolerations().size(); i++) {
      tolerations().get(i).validate(checks.in("scheduling.tolerations[" + i + "]"));
    }
  }

  void apply(
      PodSpecBuilder spec, Map<String, String> selfLabels, String selfNs, SynthContext context) {
    if (!nodeSelector().isEmpty()) {
      spec.withNodeSelector(new TreeMap<>(nodeSelector()));
    }
    AffinityBuilder affinity = new AffinityBuilder();
    boolean any = nodeAffinity(affinity);
    List<PodAffinityTerm> with = new ArrayList<>();
    List<WeightedPodAffinityTerm> withPreferred = new ArrayList<>();
    List<PodAffinityTerm> apart = new ArrayList<>();
    List<WeightedPodAffinityTerm> apartPreferred = new ArrayList<>();
    for (PodPlacement p : placements()) {
      String targetNs = p.target().map(context::namespaceOf).orElse(selfNs);
      PodAffinityTerm term = p.toTerm(selfLabels, selfNs, targetNs);
      if (p.weight().isPresent()) {
        WeightedPodAffinityTerm w = new WeightedPodAffinityTerm(term, p.weight().get());
        (p.apart() ? apartPreferred : withPreferred).add(w);
      } else {
        (p.apart() ? apart : with).add(term);
      }
    }
    if (!with.isEmpty() || !withPreferred.isEmpty()) {
      affinity
          .withNewPodAffinity()
          .withRequiredDuringSchedulingIgnoredDuringExecution(with.isEmpty() ? null : with)
          .withPreferredDuringSchedulingIgnoredDuringExecution(
              withPreferred.isEmpty() ? null : withPreferred)
          .endPodAffinity();
      any = true;
    }
    if (!apart.isEmpty() || !apartPreferred.isEmpty()) {
      affinity
          .withNewPodAntiAffinity()
          .withRequiredDuringSchedulingIgnoredDuringExecution(apart.isEmpty() ? null : apart)
          .withPreferredDuringSchedulingIgnoredDuringExecution(
              apartPreferred.isEmpty() ? null : apartPreferred)
          .endPodAntiAffinity();
      any = true;
    }
    if (any) {
      spec.withAffinity(affinity.build());
    }
    topologySpreads().forEach(t -> spec.addToTopologySpreadConstraints(t.toConstraint(selfLabels)));
    tolerations().forEach(t -> spec.addToTolerations(t.toToleration()));
    priority().ifPresent(p -> spec.withPriorityClassName(p.name()));
  }

  private boolean nodeAffinity(AffinityBuilder affinity) {
    List<NodeSelectorRequirement> required = new ArrayList<>();
    var nodes = affinity.withNewNodeAffinity();
    boolean any = false;
    for (NodeRule r : nodeRules()) {
      if (r.weight().isPresent()) {
        nodes
            .addNewPreferredDuringSchedulingIgnoredDuringExecution()
            .withWeight(r.weight().get())
            .withNewPreference()
            .withMatchExpressions(r.toRequirement())
            .endPreference()
            .endPreferredDuringSchedulingIgnoredDuringExecution();
        any = true;
      } else {
        required.add(r.toRequirement());
      }
    }
    if (!required.isEmpty()) {
      nodes
          .withNewRequiredDuringSchedulingIgnoredDuringExecution()
          .addNewNodeSelectorTerm()
          .withMatchExpressions(required)
          .endNodeSelectorTerm()
          .endRequiredDuringSchedulingIgnoredDuringExecution();
      any = true;
    }
    if (any) {
      nodes.endNodeAffinity();
    }
    return any;
  }

  /** Builds {@link Scheduling}. */
  public static class Builder extends ImmutableScheduling.Builder {}
}
