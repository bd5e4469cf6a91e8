package dev.stackwright.storage.ceph;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.storage.StorageRules;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Ceph cluster run by the Rook operator: synthesizes into a {@code ceph.rook.io/v1 CephCluster}
 * in {@link #clusterNamespace()}, ordered after the operator release that installs its CRD. With no
 * {@link #nodes()} Ceph uses every node; listing nodes pins it to them and tells the checks how
 * many hosts (and zones) pools can spread over.
 *
 * <pre>{@code
 * CephCluster ceph = CephCluster.builder().name("ceph").operator(rookRelease)
 *     .addNode(CephNode.of("worker-1", "sdb"), CephNode.of("worker-2", "sdb"),
 *         CephNode.of("worker-3", "sdb"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class CephCluster implements Component {

  @Override
  public abstract String name();

  /** The namespace the cluster's daemons run in, its CSI {@code clusterID}; {@code rook-ceph}. */
  @Value.Default
  public String clusterNamespace() {
    return "rook-ceph";
  }

  /** The Rook operator release; the cluster is ordered after it. */
  public abstract ChartRelease operator();

  /** The Ceph image, pinned to a release. */
  @Value.Default
  public String cephImage() {
    return "quay.io/ceph/ceph:v19.2.2";
  }

  /** Where monitors and OSDs keep their configuration on each host. */
  @Value.Default
  public String dataDirHostPath() {
    return "/var/lib/rook";
  }

  /** The number of monitors: odd, 1 to 9; 3 by default (one per node). */
  @Value.Default
  public int monitors() {
    return 3;
  }

  /** The number of managers: 1 or 2 (active plus standby); 2 by default. */
  @Value.Default
  public int managers() {
    return 2;
  }

  /** Whether the Ceph dashboard runs; true. */
  @Value.Default
  public boolean dashboard() {
    return true;
  }

  /** Whether every unused device of the used nodes is taken; true. */
  @Value.Default
  public boolean useAllDevices() {
    return true;
  }

  /** A regular expression limiting the devices of every node, e.g. {@code ^sd[b-z]}. */
  public abstract Optional<String> deviceFilter();

  /** The storage nodes; empty means every node of the cluster. */
  public abstract List<CephNode> nodes();

  /** The namespace the operator (and so the CSI drivers) runs in. */
  public String operatorNamespace() {
    return operator().namespace().orElse(clusterNamespace());
  }

  /**
   * How many failure domains of {@code domain} the cluster declares, when the definition says: the
   * listed nodes for {@code host}, their distinct zones for {@code zone} when every node names one.
   */
  public OptionalInt failureDomains(FailureDomain domain) {
    if (nodes().isEmpty()) {
      return OptionalInt.empty();
    }
    return switch (domain) {
      case HOST -> OptionalInt.of(nodes().size());
      case ZONE -> {
        Set<String> zones = new HashSet<>();
        for (CephNode node : nodes()) {
          if (node.zone().isEmpty()) {
            yield OptionalInt.empty();
          }
          zones.add(node.zone().get());
        }
        yield OptionalInt.of(zones.size());
      }
      case OSD, RACK -> OptionalInt.empty();
    };
  }

  @Override
  public Optional<String> namespace() {
    return Optional.of(clusterNamespace());
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(operator());
  }

  @Override
  public String kind() {
    return "ceph-cluster";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** A builder for a Ceph cluster. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (monitors() < 1 || monitors() > 9 || monitors() % 2 == 0) {
      checks.error(
          StorageRules.INVALID_COUNT,
          "monitors",
          "expected an odd number of monitors from 1 to 9 (so they keep a quorum), was %d",
          monitors());
    }
    checks.require(
        managers() == 1 || managers() == 2,
        StorageRules.INVALID_COUNT,
        "managers",
        "expected 1 or 2 managers, was %d",
        managers());
    for (int i = 0; i < nodes().size(); i++) {
      checks.label("nodes[" + i + "].name", nodes().get(i).name());
    }
    checkPrivileged(context, checks, clusterNamespace(), "clusterNamespace");
    checkPrivileged(context, checks, operatorNamespace(), "operator.namespace");
  }

  /**
   * Ceph daemons and CSI plugins need privileged pods: a restricted namespace would reject them.
   */
  private static void checkPrivileged(
      SynthContext context, Checks checks, String namespace, String field) {
    for (Namespace ns : context.stack().namespaces()) {
      if (ns.name().equals(namespace)
          && !ns.existing()
          && ns.podSecurity() != PodSecurityLevel.PRIVILEGED) {
        checks.error(
            StorageRules.CEPH_NAMESPACE_POD_SECURITY,
            field,
            "namespace %s enforces the %s Pod Security Standard, but Ceph daemons and CSI plugins"
                + " run privileged; declare it with podSecurity(PodSecurityLevel.PRIVILEGED)",
            namespace,
            ns.podSecurity().label());
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> storage = new LinkedHashMap<>();
    storage.put("useAllNodes", nodes().isEmpty());
    storage.put("useAllDevices", useAllDevices());
    deviceFilter().ifPresent(f -> storage.put("deviceFilter", f));
    if (!nodes().isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (CephNode node : nodes()) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("name", node.name());
        if (!node.devices().isEmpty()) {
          n.put("devices", node.devices().stream().map(d -> Map.of("name", d)).toList());
        }
        node.deviceFilter().ifPresent(f -> n.put("deviceFilter", f));
        list.add(n);
      }
      storage.put("nodes", list);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("cephVersion", Map.of("image", cephImage()));
    spec.put("dataDirHostPath", dataDirHostPath());
    spec.put("mon", Map.of("count", monitors(), "allowMultiplePerNode", false));
    spec.put("mgr", Map.of("count", managers()));
    spec.put("dashboard", Map.of("enabled", dashboard()));
    spec.put("storage", storage);
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(CephPools.API_VERSION)
            .withKind("CephCluster")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link CephCluster}. */
  public static class Builder extends ImmutableCephCluster.Builder {}
}
