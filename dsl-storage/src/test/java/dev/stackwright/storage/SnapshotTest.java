package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.field;
import static dev.stackwright.storage.Fixtures.map;
import static dev.stackwright.storage.Fixtures.resource;
import static dev.stackwright.storage.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotTest {
  private final StorageClass block = StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool");
  private final Claim data = Claim.of("data", "10Gi", block);

  @Test
  void snapshotClassOfACephClassCarriesClusterIdAndSnapshotterSecret() {
    SnapshotClass snapshots =
        SnapshotClass.of("ceph-block-snapshots", block).withDefaultClass(true);

    var vsc = resource(shop(block, snapshots), "VolumeSnapshotClass", null, "ceph-block-snapshots");

    assertThat(vsc.getApiVersion()).isEqualTo("snapshot.storage.k8s.io/v1");
    assertThat(vsc.getMetadata().getNamespace()).isNull();
    assertThat(vsc.getMetadata().getAnnotations())
        .containsEntry("snapshot.storage.kubernetes.io/is-default-class", "true");
    assertThat(vsc.getAdditionalProperties())
        .containsEntry("driver", "rook-ceph.rbd.csi.ceph.com")
        .containsEntry("deletionPolicy", "Delete");
    assertThat(field(vsc, "parameters"))
        .containsEntry("clusterID", "rook-ceph")
        .containsEntry("csi.storage.k8s.io/snapshotter-secret-name", "rook-csi-rbd-provisioner")
        .containsEntry("csi.storage.k8s.io/snapshotter-secret-namespace", "rook-ceph");
  }

  @Test
  void snapshotNamesItsClaimAndClass() {
    SnapshotClass snapshots = SnapshotClass.of("ceph-block-snapshots", block);
    Snapshot snap =
        Snapshot.builder()
            .name("data-before-v2")
            .claim("data")
            .snapshotClass("ceph-block-snapshots")
            .build();

    var vs =
        resource(shop(block, data, snapshots, snap), "VolumeSnapshot", "shop", "data-before-v2");

    var spec = field(vs, "spec");
    assertThat(spec).containsEntry("volumeSnapshotClassName", "ceph-block-snapshots");
    assertThat(map(spec, "source")).containsEntry("persistentVolumeClaimName", "data");
  }

  @Test
  void snapshotOfAClaimOutsideTheStackIsAssumedToExist() {
    assertThat(shop(Snapshot.of("db-0-before-upgrade", "data-db-0")))
        .isOk()
        .hasWarning(StorageRules.ASSUMED_CLAIM, "snapshot db-0-before-upgrade / claim");
  }

  @Test
  void snapshotNamingAnUndeclaredSnapshotClassIsAnError() {
    SnapshotClass snapshots = SnapshotClass.of("ceph-block-snapshots", block);
    Snapshot snap = Snapshot.builder().name("s").claim("data").snapshotClass("fast").build();

    assertThat(shop(block, data, snapshots, snap))
        .hasError(StorageRules.UNKNOWN_SNAPSHOT_CLASS, "snapshot s / snapshotClass");
  }

  @Test
  void snapshotClassWithoutDriverIsAnError() {
    assertThat(shop(SnapshotClass.builder().name("empty").build()))
        .hasError(StorageRules.MISSING_PROVISIONER, "snapshot-class empty / driver");
  }

  @Test
  void twoDefaultSnapshotClassesForOneDriverAreAnError() {
    var a = SnapshotClass.of("a", block).withDefaultClass(true);
    var b = SnapshotClass.of("b", block).withDefaultClass(true);

    assertThat(shop(block, a, b))
        .hasError(StorageRules.MULTIPLE_DEFAULTS, "snapshot-class b / defaultClass");
  }
}
