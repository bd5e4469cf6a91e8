package dev.stackwright.storage.ceph;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.storage.StorageRules;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A shared Ceph file system (CephFS), the backing of ReadWriteMany storage classes: synthesizes
 * into a {@code ceph.rook.io/v1 CephFilesystem} with a replicated metadata pool and one replicated
 * data pool, and its metadata servers, ordered after its cluster.
 *
 * <pre>{@code
 * CephFilesystem shared = CephFilesystem.of("shared", ceph, 3);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class CephFilesystem implements CephResource {

  @Override
  public abstract String name();

  @Override
  public abstract CephCluster cluster();

  /** Copies of metadata and data; 3 by default. */
  @Value.Default
  public int replicas() {
    return 3;
  }

  /** What no two replicas may share; {@code host} by default. */
  @Value.Default
  public FailureDomain failureDomain() {
    return FailureDomain.HOST;
  }

  /** The data pool's name; the Ceph pool is called {@code <filesystem>-<dataPoolName>}. */
  @Value.Default
  public String dataPoolName() {
    return "data0";
  }

  /** Active metadata servers; 1 by default, each with a hot standby. */
  @Value.Default
  public int activeMetadataServers() {
    return 1;
  }

  /** Whether the Ceph file system survives deleting the resource; true, so data is not lost. */
  @Value.Default
  public boolean preserveOnDelete() {
    return true;
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
    return "ceph-filesystem";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** A file system of {@code cluster} keeping {@code replicas} copies on distinct hosts. */
  public static CephFilesystem of(String name, CephCluster cluster, int replicas) {
    return builder().name(name).cluster(cluster).replicas(replicas).build();
  }

  /** A builder for a file system. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.label("dataPoolName", dataPoolName());
    CephPools.checkReplicas(cluster(), replicas(), failureDomain(), checks, "replicas");
    checks.require(
        activeMetadataServers() >= 1,
        StorageRules.INVALID_COUNT,
        "activeMetadataServers",
        "expected at least 1 active metadata server, was %d",
        activeMetadataServers());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> dataPool = new LinkedHashMap<>();
    dataPool.put("name", dataPoolName());
    dataPool.put("failureDomain", failureDomain().value());
    dataPool.put("replicated", CephPools.replicated(replicas()));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(
        "metadataPool",
        Map.of(
            "failureDomain",
            failureDomain().value(),
            "replicated",
            CephPools.replicated(replicas())));
    spec.put("dataPools", List.of(dataPool));
    spec.put("preserveFilesystemOnDelete", preserveOnDelete());
    spec.put(
        "metadataServer", Map.of("activeCount", activeMetadataServers(), "activeStandby", true));
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(CephPools.API_VERSION)
            .withKind("CephFilesystem")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link CephFilesystem}. */
  public static class Builder extends ImmutableCephFilesystem.Builder {}
}
