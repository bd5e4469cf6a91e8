package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import org.junit.jupiter.api.Test;

class StaticVolumeTest {

  @Test
  void localVolumeIsPinnedToItsNode() {
    StorageClass localSsd = StorageClass.localStatic("local-ssd");
    StaticVolume ssd =
        StaticVolume.local(
            "worker-1-ssd0", "100Gi", localSsd, LocalDisk.of("worker-1", "/mnt/ssd0"));

    assertThat(shop(localSsd, ssd))
        .object(PersistentVolume.class, "worker-1-ssd0")
        .satisfies(
            pv -> {
              assertThat(pv.getSpec().getLocal().getPath()).isEqualTo("/mnt/ssd0");
              assertThat(pv.getSpec().getStorageClassName()).isEqualTo("local-ssd");
              assertThat(pv.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Retain");
              var expression =
                  pv.getSpec()
                      .getNodeAffinity()
                      .getRequired()
                      .getNodeSelectorTerms()
                      .get(0)
                      .getMatchExpressions()
                      .get(0);
              assertThat(expression.getKey()).isEqualTo("kubernetes.io/hostname");
              assertThat(expression.getOperator()).isEqualTo("In");
              assertThat(expression.getValues()).containsExactly("worker-1");
              assertThat(pv.getMetadata().getNamespace()).isNull();
            });
  }

  @Test
  void nfsVolumeIsSharedReadWriteMany() {
    StaticVolume media =
        StaticVolume.builder()
            .from(StaticVolume.nfs("media", "1Ti", NfsShare.of("nas.lan", "/export/media")))
            .putLabel("share", "media")
            .build();

    assertThat(shop(media))
        .object(PersistentVolume.class, "media")
        .satisfies(
            pv -> {
              assertThat(pv.getSpec().getNfs().getServer()).isEqualTo("nas.lan");
              assertThat(pv.getSpec().getNfs().getPath()).isEqualTo("/export/media");
              assertThat(pv.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
              assertThat(pv.getMetadata().getLabels()).containsEntry("share", "media");
            });
  }

  @Test
  void volumeWithoutBackendIsAnError() {
    StaticVolume none = StaticVolume.builder().name("none").size("1Gi").build();

    assertThat(shop(none)).hasError(StorageRules.INVALID_VOLUME_SOURCE, "static-volume none");
  }

  @Test
  void relativePathAndBadSizeAreReportedTogether() {
    StaticVolume bad =
        StaticVolume.builder()
            .name("bad")
            .size("big")
            .nfs(NfsShare.of("nas.lan", "export"))
            .build();

    assertThat(shop(bad))
        .hasError(StorageRules.INVALID_SIZE, "static-volume bad / size")
        .hasError(StorageRules.INVALID_VOLUME_SOURCE, "static-volume bad / nfs.path");
  }
}
