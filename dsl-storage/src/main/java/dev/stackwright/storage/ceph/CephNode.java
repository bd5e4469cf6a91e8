package dev.stackwright.storage.ceph;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a Ceph cluster and the disks Ceph may use on it: becomes an entry of the CephCluster's
 * {@code spec.storage.nodes}.
 *
 * <pre>{@code
 * CephNode.of("worker-1", "sdb", "sdc").withZone("eu-west-1a")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public interface CephNode {

  /** The node name ({@code kubernetes.io/hostname}). */
  String name();

  /** Device names to use, such as {@code sdb} or {@code nvme0n1}; empty means the filter or all. */
  List<String> devices();

  /** A regular expression over device names, such as {@code ^sd[b-d]}, used when no devices. */
  Optional<String> deviceFilter();

  /**
   * The zone the node is in (its {@code topology.kubernetes.io/zone} label). Not written out: it
   * tells the checks how many zones a zone-spread pool can use.
   */
  Optional<String> zone();

  /** This node, in {@code zone}. */
  CephNode withZone(String zone);

  /** A node that offers the listed devices (all of its devices when none are listed). */
  static CephNode of(String name, String... devices) {
    return builder().name(name).addDevices(devices).build();
  }

  /** A builder for a node. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CephNode}. */
  class Builder extends ImmutableCephNode.Builder {}
}
