package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAffinityTermBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Where pods go relative to other pods, in readable terms: spread the workload's own replicas
 * across nodes or zones, co-locate with another workload, keep apart from one. Synthesizes into pod
 * affinity or anti-affinity terms.
 *
 * <pre>{@code
 * PodPlacement.spreadAcrossZones()
 * PodPlacement.coLocateWith(cache)
 * PodPlacement.keepApartFrom(batch).preferred(50)
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class PodPlacement {

  /** The well-known node label of the node name. */
  public static final String HOSTNAME = "kubernetes.io/hostname";

  /** The well-known node label of the zone. */
  public static final String ZONE = "topology.kubernetes.io/zone";

  /** True for anti-affinity (keep apart), false for affinity (co-locate). */
  public abstract boolean apart();

  /** The other pods; empty means the workload's own pods. */
  public abstract Optional<PodSet> target();

  /** The node label that defines "the same place": a node, a zone... */
  public abstract String topologyKey();

  /** The weight (1..100) of a preference; empty for a hard requirement. */
  public abstract Optional<Integer> weight();

  /** Prefers to put the workload's replicas on different nodes. */
  public static PodPlacement spreadAcrossNodes() {
    return ImmutablePodPlacement.builder().apart(true).topologyKey(HOSTNAME).weight(100).build();
  }

  /** Prefers to put the workload's replicas in different zones. */
  public static PodPlacement spreadAcrossZones() {
    return ImmutablePodPlacement.builder().apart(true).topologyKey(ZONE).weight(100).build();
  }

  /** Requires the pods to run on a node where {@code other}'s pods run. */
  public static PodPlacement coLocateWith(PodSet other) {
    return ImmutablePodPlacement.builder().apart(false).target(other).topologyKey(HOSTNAME).build();
  }

  /** Requires the pods never to share a node with {@code other}'s pods. */
  public static PodPlacement keepApartFrom(PodSet other) {
    return ImmutablePodPlacement.builder().apart(true).target(other).topologyKey(HOSTNAME).build();
  }

  /** This placement as a preference of {@code weight} (1..100) instead of a requirement. */
  public PodPlacement preferred(int weight) {
    return ImmutablePodPlacement.builder().from(this).weight(weight).build();
  }

  /** This placement as a hard requirement. */
  public PodPlacement required() {
    return ImmutablePodPlacement.builder().from(this).weight(Optional.empty()).build();
  }

  /** This placement with "the same place" meaning the same value of node label {@code key}. */
  public abstract PodPlacement withTopologyKey(String key);

  void validate(Checks checks) {
    weight()
        .filter(w -> w < 1 || w > 100)
        .ifPresent(
            w ->
                checks.error(
                    ComputeRules.INVALID_SCHEDULING,
                    "weight",
                    "expected a weight between 1 and 100, was %d",
                    w));
  }

  PodAffinityTerm toTerm(Map<String, String> selfLabels, String selfNamespace, String targetNs) {
    PodAffinityTermBuilder b =
        new PodAffinityTermBuilder()
            .withTopologyKey(topologyKey())
            .withNewLabelSelector()
            .withMatchLabels(new TreeMap<>(target().map(PodSet::selectorLabels).orElse(selfLabels)))
            .endLabelSelector();
    if (target().isPresent() && !targetNs.isEmpty() && !targetNs.equals(selfNamespace)) {
      b.withNamespaces(targetNs);
    }
    return b.build();
  }
}
