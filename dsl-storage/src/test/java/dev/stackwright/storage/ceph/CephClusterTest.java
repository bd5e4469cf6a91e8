package dev.stackwright.storage.ceph;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.field;
import static dev.stackwright.storage.Fixtures.map;
import static dev.stackwright.storage.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.storage.StorageClass;
import dev.stackwright.storage.StorageRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CephClusterTest {
  private final ChartRelease operator =
      RookOperatorValues.defaults().release("rook-ceph", "v1.17.7");
  private final CephCluster ceph =
      CephCluster.builder()
          .name("ceph")
          .operator(operator)
          .addNodes(
              CephNode.of("worker-1", "sdb"),
              CephNode.of("worker-2", "sdb"),
              CephNode.of("worker-3", "sdb", "sdc"))
          .build();

  private static Stack storage(Component... components) {
    return Stack.builder()
        .name("storage")
        .addNamespace(
            Namespace.builder().name("rook-ceph").podSecurity(PodSecurityLevel.PRIVILEGED).build())
        .add(components)
        .build();
  }

  @Test
  void operatorReleaseCarriesTypedValues() {
    var values =
        RookOperatorValues.builder()
            .monitoring(true)
            .cephfsDriver(false)
            .putExtraValue("priorityClassName", "system-cluster-critical")
            .build()
            .toValues();

    assertThat(values)
        .containsEntry("crds", Map.of("enabled", true))
        .containsEntry("csi", Map.of("enableRbdDriver", true, "enableCephfsDriver", false))
        .containsEntry("monitoring", Map.of("enabled", true))
        .containsEntry("priorityClassName", "system-cluster-critical");
    assertThat(operator.chart()).isEqualTo("rook-ceph");
    assertThat(operator.repository()).isEqualTo("https://charts.rook.io/release");
    assertThat(operator.namespace()).contains("rook-ceph");
  }

  @Test
  void clusterListsItsNodesAndDevices() {
    var cluster = resource(storage(operator, ceph), "CephCluster", "rook-ceph", "ceph");

    assertThat(cluster.getApiVersion()).isEqualTo("ceph.rook.io/v1");
    var spec = field(cluster, "spec");
    assertThat(map(spec, "cephVersion")).containsEntry("image", "quay.io/ceph/ceph:v19.2.2");
    assertThat(spec).containsEntry("dataDirHostPath", "/var/lib/rook");
    assertThat(map(spec, "mon")).containsEntry("count", 3);
    var storage = map(spec, "storage");
    assertThat(storage).containsEntry("useAllNodes", false).containsEntry("useAllDevices", true);
    assertThat((List<?>) storage.get("nodes"))
        .hasSize(3)
        .last()
        .isEqualTo(
            Map.of(
                "name",
                "worker-3",
                "devices",
                List.of(Map.of("name", "sdb"), Map.of("name", "sdc"))));
  }

  @Test
  void poolAndFilesystemAreReplicatedAcrossHosts() {
    var pool = CephBlockPool.of("replicapool", ceph, 3);
    var fs = CephFilesystem.of("shared", ceph, 3);

    var stack = storage(operator, ceph, pool, fs);
    var poolSpec = field(resource(stack, "CephBlockPool", "rook-ceph", "replicapool"), "spec");
    var fsSpec = field(resource(stack, "CephFilesystem", "rook-ceph", "shared"), "spec");

    assertThat(poolSpec).containsEntry("failureDomain", "host");
    assertThat(map(poolSpec, "replicated"))
        .containsEntry("size", 3)
        .containsEntry("requireSafeReplicaSize", true);
    assertThat(map(fsSpec, "metadataPool")).containsEntry("failureDomain", "host");
    assertThat((List<?>) fsSpec.get("dataPools")).hasSize(1);
    assertThat(map(fsSpec, "metadataServer")).containsEntry("activeCount", 1);
    assertThat(fsSpec).containsEntry("preserveFilesystemOnDelete", true);
  }

  @Test
  void customResourcesComeAfterTheOperatorThatInstallsTheirCrds() {
    var pool = CephBlockPool.of("replicapool", ceph, 3);

    var kinds =
        dev.stackwright.core.synth.Synthesizer.synthesize(storage(pool, ceph, operator))
            .objects()
            .stream()
            .map(o -> o.getKind())
            .toList();

    assertThat(kinds).contains("HelmRelease", "CephCluster", "CephBlockPool");
    assertThat(kinds.indexOf("HelmRelease")).isLessThan(kinds.indexOf("CephCluster"));
    assertThat(kinds.indexOf("CephCluster")).isLessThan(kinds.indexOf("CephBlockPool"));
  }

  @Test
  void cephResourcesAreAppliedInTheStageAfterTheOperatorRelease() {
    var pool = CephBlockPool.of("replicapool", ceph, 3);

    var stages =
        dev.stackwright.core.synth.Synthesizer.synthesize(storage(pool, ceph, operator))
            .stages()
            .stages();

    assertThat(stages).hasSize(2);
    assertThat(stages.get(0).objects())
        .extracting(o -> o.object().getKind())
        .contains("HelmRelease");
    assertThat(stages.get(1).objects())
        .extracting(o -> o.object().getKind())
        .containsExactly("CephCluster", "CephBlockPool");
    assertThat(operator.installedKinds())
        .extracting(k -> k.crdName())
        .contains(
            "cephclusters.ceph.rook.io", "cephnfses.ceph.rook.io", "objectbuckets.objectbucket.io");
    assertThat(
            RookOperatorValues.builder()
                .crds(false)
                .build()
                .release("rook-ceph", "v1.17.7")
                .installedKinds())
        .isEmpty();
  }

  @Test
  void clusterWithoutItsOperatorInTheStackIsAnError() {
    assertThat(storage(ceph))
        .hasError("core.unknown-reference", "ceph-cluster ceph / dependsOn[0]");
  }

  @Test
  void poolWithMoreReplicasThanHostsIsAnError() {
    var pool = CephBlockPool.of("replicapool", ceph, 4);

    assertThat(storage(operator, ceph, pool))
        .hasError(
            StorageRules.REPLICAS_EXCEED_FAILURE_DOMAINS, "ceph-block-pool replicapool / replicas");
  }

  @Test
  void poolSpreadOverZonesCountsTheDeclaredZones() {
    var zoned =
        CephCluster.builder()
            .from(ceph)
            .nodes(
                List.of(
                    CephNode.of("worker-1").withZone("a"),
                    CephNode.of("worker-2").withZone("b"),
                    CephNode.of("worker-3").withZone("b")))
            .build();
    var pool =
        CephBlockPool.builder()
            .name("zoned")
            .cluster(zoned)
            .replicas(3)
            .failureDomain(FailureDomain.ZONE)
            .build();

    assertThat(storage(operator, zoned, pool))
        .hasError(StorageRules.REPLICAS_EXCEED_FAILURE_DOMAINS, "ceph-block-pool zoned / replicas");
  }

  @Test
  void clusterOnAllNodesLeavesTheReplicaCountUnchecked() {
    var everywhere = CephCluster.builder().name("ceph").operator(operator).build();

    assertThat(storage(operator, everywhere, CephBlockPool.of("replicapool", everywhere, 5)))
        .isOk();
  }

  @Test
  void evenMonitorCountIsAnError() {
    var even = CephCluster.builder().from(ceph).monitors(2).build();

    assertThat(storage(operator, even))
        .hasError(StorageRules.INVALID_COUNT, "ceph-cluster ceph / monitors");
  }

  @Test
  void restrictedClusterNamespaceIsAnError() {
    var stack =
        Stack.builder()
            .name("storage")
            .addNamespace(Namespace.of("rook-ceph"))
            .add(operator, ceph)
            .build();

    assertThat(stack)
        .hasError(StorageRules.CEPH_NAMESPACE_POD_SECURITY, "ceph-cluster ceph / clusterNamespace");
  }

  @Test
  void storageClassOnADeclaredPoolIsAccepted() {
    var pool = CephBlockPool.of("replicapool", ceph, 3);
    var block = StorageClass.cephRbd("ceph-block", pool);

    assertThat(storage(operator, ceph, pool, block))
        .isOk()
        .hasNoDiagnostic(StorageRules.ASSUMED_CEPH_POOL)
        .object(io.fabric8.kubernetes.api.model.storage.StorageClass.class, "ceph-block")
        .satisfies(sc -> assertThat(sc.getParameters()).containsEntry("pool", "replicapool"));
  }

  @Test
  void storageClassOnAnUndeclaredPoolOrFilesystemIsAnError() {
    var pool = CephBlockPool.of("replicapool", ceph, 3);
    var fs = CephFilesystem.of("shared", ceph, 3);
    var wrongPool = StorageClass.cephRbd("ceph-block", "rook-ceph", "fastpool");
    var wrongFs = StorageClass.cephFs("ceph-shared", "rook-ceph", "media");

    assertThat(storage(operator, ceph, pool, fs, wrongPool, wrongFs))
        .hasError(StorageRules.UNKNOWN_CEPH_POOL, "storage-class ceph-block / ceph / pool")
        .hasError(StorageRules.UNKNOWN_CEPH_POOL, "storage-class ceph-shared / ceph / fsName");
  }

  @Test
  void storageClassOnAPoolOfAnotherClusterIsAssumedWhenTheStackDeclaresNoPools() {
    assertThat(storage(StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool")))
        .isOk()
        .hasWarning(StorageRules.ASSUMED_CEPH_POOL, "storage-class ceph-block / ceph / pool");
  }
}
