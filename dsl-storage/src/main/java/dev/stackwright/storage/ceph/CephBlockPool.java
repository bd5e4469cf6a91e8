package dev.stackwright.storage.ceph;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A replicated Ceph block pool, the backing of RBD storage classes: synthesizes into a {@code
 * ceph.rook.io/v1 CephBlockPool} in its cluster's namespace, ordered after the cluster. Its replica
 * count must not exceed the failure domains the cluster declares.
 *
 * <pre>{@code
 * CephBlockPool pool = CephBlockPool.of("replicapool", ceph, 3);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class CephBlockPool implements CephResource {

  @Override
  public abstract String name();

  @Override
  public abstract CephCluster cluster();

  /** How many copies of every object Ceph keeps; 3 by default. */
  @Value.Default
  public int replicas() {
    return 3;
  }

  /** What no two replicas may share; {@code host} by default. */
  @Value.Default
  public FailureDomain failureDomain() {
    return FailureDomain.HOST;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.of(cluster().clusterNamespace());
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(cluster());
  }

  @Override
  public String kind() {
    return "ceph-block-pool";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** A pool of {@code cluster} keeping {@code replicas} copies on distinct hosts. */
  public static CephBlockPool of(String name, CephCluster cluster, int replicas) {
    return builder().name(name).cluster(cluster).replicas(replicas).build();
  }

  /** A builder for a block pool. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    CephPools.checkReplicas(cluster(), replicas(), failureDomain(), checks, "replicas");
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("failureDomain", failureDomain().value());
    spec.put("replicated", CephPools.replicated(replicas()));
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(CephPools.API_VERSION)
            .withKind("CephBlockPool")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link CephBlockPool}. */
  public static class Builder extends ImmutableCephBlockPool.Builder {}
}
