package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.contract.ReplicaClaims;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.GitRelease;
import dev.stackwright.storage.PerReplicaClaim;
import dev.stackwright.storage.ScheduledSnapshots;
import dev.stackwright.storage.SnapshotClass;
import dev.stackwright.storage.StorageClass;
import dev.stackwright.storage.VolumeSnapshots;
import dev.stackwright.storage.ceph.CephBlockPool;
import dev.stackwright.storage.ceph.CephCluster;
import dev.stackwright.storage.ceph.CephNode;
import dev.stackwright.storage.ceph.RookOperatorValues;
import java.util.List;

/**
 * Storage: a replicated Ceph cluster run by the Rook operator (an upstream release), a block pool
 * with three replicas across hosts, the default storage class on it, and nightly snapshots of the
 * database's volume.
 */
final class ShopStorage {
  private final Environment env;
  private final ChartRelease operator;
  private final CephCluster ceph;
  private final CephBlockPool pool;
  private final StorageClass block;
  private final SnapshotClass snapshots;

  ShopStorage(Environment env) {
    this.env = env;
    this.operator = RookOperatorValues.defaults().release("rook-ceph", "v1.17.7");
    this.ceph =
        CephCluster.builder()
            .name("ceph")
            .operator(operator)
            .addNodes(
                CephNode.of("storage-1", "sdb"),
                CephNode.of("storage-2", "sdb"),
                CephNode.of("storage-3", "sdb"))
            .build();
    this.pool = CephBlockPool.of("replicapool", ceph, 3);
    this.block = StorageClass.cephRbd("ceph-block", pool).withDefaultClass(true);
    this.snapshots = SnapshotClass.of("ceph-block-snapshots", block).withDefaultClass(true);
  }

  /** The default storage class, replicated Ceph block storage. */
  StorageClass blockClass() {
    return block;
  }

  /** The per-replica volume of the PostgreSQL StatefulSet. */
  PerReplicaClaim databaseVolume() {
    return PerReplicaClaim.of("data", env.is("prod") ? "100Gi" : "10Gi", block);
  }

  /** Nightly snapshots of the first database replica's volume, kept for two weeks in prod. */
  ScheduledSnapshots nightlySnapshots(ReplicaClaims postgres) {
    return ScheduledSnapshots.builder()
        .from(
            ScheduledSnapshots.ofReplica(
                postgres, databaseVolume(), 0, "30 1 * * *", env.is("prod") ? 14 : 3))
        .snapshotClass(snapshots)
        .build();
  }

  List<Component> components(ReplicaClaims postgres) {
    // The snapshot CRDs and controller come from upstream, not from the cluster: the snapshot
    // class and the nightly snapshots are applied in a stage after them.
    GitRelease snapshotCrds = VolumeSnapshots.crds(ShopNamespaces.KUBE_SYSTEM);
    return List.of(
        snapshotCrds,
        VolumeSnapshots.controller(ShopNamespaces.KUBE_SYSTEM, snapshotCrds),
        operator,
        ceph,
        pool,
        block,
        snapshots,
        nightlySnapshots(postgres));
  }
}
