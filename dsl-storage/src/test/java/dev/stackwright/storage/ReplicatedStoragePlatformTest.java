package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.storage.ceph.CephBlockPool;
import dev.stackwright.storage.ceph.CephCluster;
import dev.stackwright.storage.ceph.CephNode;
import dev.stackwright.storage.ceph.RookOperatorValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storage half of the example platform: a replicated Ceph class with scheduled snapshots. */
class ReplicatedStoragePlatformTest {

  static Stack platform() {
    ChartRelease operator = RookOperatorValues.defaults().release("rook-ceph", "v1.17.7");
    CephCluster ceph =
        CephCluster.builder()
            .name("ceph")
            .operator(operator)
            .addNodes(
                CephNode.of("worker-1", "sdb"),
                CephNode.of("worker-2", "sdb"),
                CephNode.of("worker-3", "sdb"))
            .build();
    CephBlockPool pool = CephBlockPool.of("replicapool", ceph, 3);
    StorageClass block = StorageClass.cephRbd("ceph-block", pool).withDefaultClass(true);
    SnapshotClass snapshots =
        SnapshotClass.of("ceph-block-snapshots", block).withDefaultClass(true);
    Claim uploads = Claim.of("uploads", "20Gi", block).withNamespace("shop");
    return Stack.builder()
        .name("platform")
        .addNamespace(
            Namespace.builder().name("rook-ceph").podSecurity(PodSecurityLevel.PRIVILEGED).build())
        .addNamespace(Namespace.of("shop"))
        .add(operator, ceph, pool, block, snapshots, uploads)
        .add(ScheduledSnapshots.of(uploads, "0 2 * * *", 7))
        .build();
  }

  @Test
  void platformSynthesizesWithOnlyTheVisibleCephOptOutWarning() {
    assertThat(platform())
        .isOk()
        .diagnostics()
        .extracting(d -> d.rule() + " @ " + d.path())
        .containsExactly(
            "security.pod-security-opt-out @ stack platform / namespace rook-ceph / podSecurity");
  }

  @Test
  void objectsApplyInDependencyOrder() {
    List<String> kinds =
        Synthesizer.synthesize(platform()).objects().stream().map(HasMetadata::getKind).toList();

    assertThat(kinds)
        .contains(
            "StorageClass",
            "PersistentVolumeClaim",
            "Role",
            "CronJob",
            "HelmRelease",
            "CephCluster",
            "CephBlockPool");
    assertThat(kinds.indexOf("StorageClass")).isLessThan(kinds.indexOf("PersistentVolumeClaim"));
    assertThat(kinds.indexOf("PersistentVolumeClaim")).isLessThan(kinds.indexOf("CronJob"));
    assertThat(kinds.indexOf("Role")).isLessThan(kinds.indexOf("CronJob"));
    assertThat(kinds.indexOf("HelmRelease")).isLessThan(kinds.indexOf("CephCluster"));
    assertThat(kinds.indexOf("CephCluster")).isLessThan(kinds.indexOf("CephBlockPool"));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    String first = yaml(platform());
    String second = yaml(platform());

    assertThat(first).isEqualTo(second).contains("kind: CephBlockPool");
  }

  private static String yaml(Stack stack) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata o : Synthesizer.synthesize(stack).objects()) {
      out.append("---\n").append(Yaml.write(o));
    }
    return out.toString();
  }
}
