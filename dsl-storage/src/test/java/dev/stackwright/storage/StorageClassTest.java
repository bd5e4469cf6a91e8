package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageClassTest {
  private static final Class<io.fabric8.kubernetes.api.model.storage.StorageClass> SC =
      io.fabric8.kubernetes.api.model.storage.StorageClass.class;

  @Test
  void cephRbdPresetFillsInWhatTheRookDriverRequires() {
    var block = StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool");

    assertThat(shop(block))
        .object(SC, "ceph-block")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
              assertThat(sc.getParameters())
                  .containsEntry("clusterID", "rook-ceph")
                  .containsEntry("pool", "replicapool")
                  .containsEntry("imageFeatures", "layering")
                  .containsEntry("csi.storage.k8s.io/fstype", "ext4")
                  .containsEntry(
                      "csi.storage.k8s.io/provisioner-secret-name", "rook-csi-rbd-provisioner")
                  .containsEntry("csi.storage.k8s.io/node-stage-secret-name", "rook-csi-rbd-node")
                  .containsEntry("csi.storage.k8s.io/node-stage-secret-namespace", "rook-ceph");
              assertThat(sc.getAllowVolumeExpansion()).isTrue();
              assertThat(sc.getReclaimPolicy()).isEqualTo("Delete");
              assertThat(sc.getVolumeBindingMode()).isEqualTo("Immediate");
              assertThat(sc.getMetadata().getNamespace()).isNull();
            });
  }

  @Test
  void cephFsPresetNamesTheFilesystemAndItsDataPool() {
    var shared = StorageClass.cephFs("ceph-shared", "rook-ceph", "shared");

    assertThat(shop(shared))
        .object(SC, "ceph-shared")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("rook-ceph.cephfs.csi.ceph.com");
              assertThat(sc.getParameters())
                  .containsEntry("fsName", "shared")
                  .containsEntry("pool", "shared-data0")
                  .containsEntry(
                      "csi.storage.k8s.io/provisioner-secret-name", "rook-csi-cephfs-provisioner");
            });
  }

  @Test
  void zonalCloudDisksWaitForTheirFirstConsumer() {
    var ebs = StorageClass.awsEbs("gp3", "gp3");
    var pd = StorageClass.gcePd("balanced", "pd-balanced");
    var azure = StorageClass.azureDisk("premium", "Premium_LRS");

    var result = assertThat(shop(ebs, pd, azure));
    result
        .all(SC)
        .allSatisfy(sc -> assertThat(sc.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer"));
    result
        .object(SC, "gp3")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("ebs.csi.aws.com");
              assertThat(sc.getParameters())
                  .containsEntry("type", "gp3")
                  .containsEntry("encrypted", "true");
            });
    result
        .object(SC, "balanced")
        .extracting(sc -> sc.getProvisioner())
        .isEqualTo("pd.csi.storage.gke.io");
    result
        .object(SC, "premium")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("disk.csi.azure.com");
              assertThat(sc.getParameters()).containsEntry("skuName", "Premium_LRS");
            });
  }

  @Test
  void localClassesBindOnTheNodeTheirPodLandsOn() {
    var localPath = StorageClass.localPath("local-path");
    var localStatic = StorageClass.localStatic("local-ssd");

    var result = assertThat(shop(localPath, localStatic));
    result
        .object(SC, "local-path")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("rancher.io/local-path");
              assertThat(sc.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer");
            });
    result
        .object(SC, "local-ssd")
        .satisfies(
            sc -> {
              assertThat(sc.getProvisioner()).isEqualTo("kubernetes.io/no-provisioner");
              assertThat(sc.getReclaimPolicy()).isEqualTo("Retain");
            });
  }

  @Test
  void defaultClassCarriesTheDefaultAnnotationAndOptionsAreWritten() {
    var generic =
        StorageClass.builder()
            .name("nfs")
            .provisioner("nfs.csi.k8s.io")
            .putParameter("server", "nas.lan")
            .putParameter("share", "/exports")
            .defaultClass(true)
            .reclaimPolicy(ReclaimPolicy.RETAIN)
            .addMountOption("nfsvers=4.1")
            .addAllowedZones("zone-b", "zone-a")
            .build();

    assertThat(shop(generic))
        .object(SC, "nfs")
        .satisfies(
            sc -> {
              assertThat(sc.getMetadata().getAnnotations())
                  .containsEntry("storageclass.kubernetes.io/is-default-class", "true");
              assertThat(sc.getParameters()).containsOnlyKeys("server", "share");
              assertThat(sc.getMountOptions()).containsExactly("nfsvers=4.1");
              assertThat(sc.getReclaimPolicy()).isEqualTo("Retain");
              assertThat(
                      sc.getAllowedTopologies()
                          .get(0)
                          .getMatchLabelExpressions()
                          .get(0)
                          .getValues())
                  .containsExactly("zone-a", "zone-b");
            });
  }

  @Test
  void anExistingClassIsNotSynthesized() {
    assertThat(shop(StorageClass.existing("standard"))).all(SC).isEmpty();
  }

  @Test
  void aClassWithoutProvisionerIsAnError() {
    var blank = StorageClass.builder().name("blank").build();

    assertThat(shop(blank))
        .hasError(StorageRules.MISSING_PROVISIONER, "storage-class blank / provisioner");
  }

  @Test
  void twoDefaultClassesAreAnError() {
    var a = StorageClass.localPath("a").withDefaultClass(true);
    var b = StorageClass.awsEbs("b", "gp3").withDefaultClass(true);

    assertThat(shop(a, b))
        .hasError(StorageRules.MULTIPLE_DEFAULTS, "storage-class b / defaultClass")
        .diagnostics()
        .filteredOn(d -> d.rule().equals(StorageRules.MULTIPLE_DEFAULTS))
        .hasSize(1);
  }
}
