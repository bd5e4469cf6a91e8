package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A group of nodes of the target cluster that pods can be placed on by name: the labels that select
 * its nodes and the taints they carry. A pod placed on a pool gets a node selector with the labels
 * and tolerations for the taints. An edge pool (KubeEdge's edge nodes) runs what {@code edgecore}
 * runs, and the checks refuse what it does not.
 *
 * <pre>{@code
 * NodePool.builder().name("edge").putLabel("node-role.kubernetes.io/edge", "")
 *     .addTaint(Taint.of("node-role.kubernetes.io/edge", "NoSchedule")).edge(true).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class NodePool {
  /** The pool's name, which pods are placed by. */
  public abstract String name();

  /** The labels that select the pool's nodes; none by default (then placement adds nothing). */
  public abstract Map<String, String> labels();

  /** The taints the pool's nodes carry; none by default. */
  public abstract List<Taint> taints();

  /**
   * Whether the pool's nodes are KubeEdge edge nodes (run by {@code edgecore}, not the kubelet);
   * false by default.
   */
  @Value.Default
  public boolean edge() {
    return false;
  }

  /** A builder for a node pool. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePool}. */
  public static class Builder extends ImmutableNodePool.Builder {}
}
