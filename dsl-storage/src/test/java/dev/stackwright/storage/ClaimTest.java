package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private final StorageClass block = StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool");
  private final StorageClass shared = StorageClass.cephFs("ceph-shared", "rook-ceph", "shared");

  @Test
  void claimBecomesAPersistentVolumeClaimOnItsClass() {
    Claim data =
        Claim.builder()
            .name("data")
            .size("20Gi")
            .storageClass("ceph-block")
            .volumeMode(VolumeMode.BLOCK)
            .putSelector("tier", "fast")
            .build();

    assertThat(shop(block, data))
        .object(PersistentVolumeClaim.class, "shop", "data")
        .satisfies(
            pvc -> {
              assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("ceph-block");
              assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
              assertThat(pvc.getSpec().getVolumeMode()).isEqualTo("Block");
              assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString())
                  .isEqualTo("20Gi");
              assertThat(pvc.getSpec().getSelector().getMatchLabels())
                  .containsEntry("tier", "fast");
              assertThat(pvc.getMetadata().getLabels())
                  .containsEntry("app.kubernetes.io/name", "data");
            });
  }

  @Test
  void claimIsAVolumeSourceThatPodsMountByClaimName() {
    Claim data = Claim.of("data", "1Gi", block);

    var volume = data.toVolume("storage");

    assertThat(volume.getName()).isEqualTo("storage");
    assertThat(volume.getPersistentVolumeClaim().getClaimName()).isEqualTo("data");
    assertThat(data.defaultVolumeName()).isEqualTo("data");
    assertThat(data.component()).contains(data);
  }

  @Test
  void claimWithoutClassUsesTheClusterDefaultWithoutDiagnostics() {
    assertThat(shop(Claim.of("data", "1Gi")))
        .hasNoDiagnostic(StorageRules.ASSUMED_STORAGE_CLASS)
        .object(PersistentVolumeClaim.class, "data")
        .satisfies(pvc -> assertThat(pvc.getSpec().getStorageClassName()).isNull());
  }

  @Test
  void claimRestoresASnapshotOfTheStack() {
    Claim data = Claim.of("data", "10Gi", block);
    Snapshot snap = Snapshot.of("data-before-v2", data);
    Claim restored =
        Claim.of("data-restored", "10Gi", block).withDataSource(ClaimSource.snapshot(snap));

    assertThat(shop(block, data, snap, restored))
        .object(PersistentVolumeClaim.class, "data-restored")
        .satisfies(
            pvc -> {
              assertThat(pvc.getSpec().getDataSource().getKind()).isEqualTo("VolumeSnapshot");
              assertThat(pvc.getSpec().getDataSource().getApiGroup())
                  .isEqualTo("snapshot.storage.k8s.io");
              assertThat(pvc.getSpec().getDataSource().getName()).isEqualTo("data-before-v2");
            });
  }

  @Test
  void claimClonesAnotherClaim() {
    Claim data = Claim.of("data", "10Gi", block);
    Claim copy = Claim.of("data-copy", "10Gi", block).withDataSource(ClaimSource.clone(data));

    assertThat(shop(block, data, copy))
        .object(PersistentVolumeClaim.class, "data-copy")
        .satisfies(
            pvc -> {
              assertThat(pvc.getSpec().getDataSource().getKind())
                  .isEqualTo("PersistentVolumeClaim");
              assertThat(pvc.getSpec().getDataSource().getApiGroup()).isNull();
            });
  }

  @Test
  void restoringASnapshotThatOnlyTheClusterHasIsAllowed() {
    Claim restored =
        Claim.of("data", "10Gi", block)
            .withDataSource(ClaimSource.existingSnapshot("data-20250101"));

    assertThat(shop(block, restored)).isOk().hasNoDiagnostic(StorageRules.UNKNOWN_SNAPSHOT);
  }

  @Test
  void growingAClaimOnAnExpandableClassIsAllowed() {
    Claim grown = Claim.of("data", "50Gi", block).withResizedFrom("20Gi");

    assertThat(shop(block, grown)).isOk();
  }

  @Test
  void sharedClassGivesReadWriteMany() {
    Claim media = Claim.of("media", "100Gi", shared).withAccessModes(AccessMode.READ_WRITE_MANY);

    assertThat(shop(shared, media)).isOk();
  }

  @Test
  void sizeThatDoesNotParseIsAnError() {
    assertThat(shop(block, Claim.of("data", "10GB", block)))
        .hasError(StorageRules.INVALID_SIZE, "stack shop / claim data / size");
    assertThat(shop(block, Claim.of("data", "0", block)))
        .hasError(StorageRules.INVALID_SIZE, "claim data / size");
  }

  @Test
  void classNotDeclaredIsAnErrorWhenTheStackDeclaresClasses() {
    assertThat(shop(block, Claim.of("data", "1Gi", "fast")))
        .hasError(StorageRules.UNKNOWN_STORAGE_CLASS, "claim data / storageClass");
  }

  @Test
  void classIsAssumedToExistWhenTheStackDeclaresNone() {
    assertThat(shop(Claim.of("data", "1Gi", "standard")))
        .isOk()
        .hasWarning(StorageRules.ASSUMED_STORAGE_CLASS, "claim data / storageClass");
  }

  @Test
  void classDeclaredAsExistingSatisfiesTheClaim() {
    assertThat(shop(block, StorageClass.existing("standard"), Claim.of("data", "1Gi", "standard")))
        .isOk()
        .hasNoDiagnostic(StorageRules.UNKNOWN_STORAGE_CLASS);
  }

  @Test
  void growingAClaimOnAClassWithoutExpansionIsAnError() {
    StorageClass local = StorageClass.localPath("local");
    Claim grown = Claim.of("data", "20Gi", local).withResizedFrom("10Gi");

    assertThat(shop(local, grown))
        .hasError(StorageRules.EXPANSION_NOT_ALLOWED, "claim data / size");
  }

  @Test
  void shrinkingAClaimIsAnError() {
    Claim shrunk = Claim.of("data", "5Gi", block).withResizedFrom("10Gi");

    assertThat(shop(block, shrunk)).hasError(StorageRules.SHRINK, "claim data / size");
  }

  @Test
  void readWriteManyOnABlockClassIsAnError() {
    Claim shared = Claim.of("data", "5Gi", block).withAccessModes(AccessMode.READ_WRITE_MANY);

    assertThat(shop(block, shared))
        .hasError(StorageRules.UNSUPPORTED_ACCESS_MODE, "claim data / accessModes[0]");
  }

  @Test
  void restoringAnUnknownSnapshotIsAnError() {
    Claim restored =
        Claim.of("data", "10Gi", block).withDataSource(ClaimSource.snapshot("nightly"));

    assertThat(shop(block, restored))
        .hasError(StorageRules.UNKNOWN_SNAPSHOT, "claim data / dataSource");
  }

  @Test
  void cloningAnUnknownClaimIsAnError() {
    Claim copy =
        Claim.of("copy", "10Gi", block)
            .withDataSource(ClaimSource.clone(Claim.of("elsewhere", "10Gi", block)));

    assertThat(shop(block, copy))
        .hasError(StorageRules.UNKNOWN_SOURCE_CLAIM, "claim copy / dataSource");
  }

  @Test
  void everyMistakeIsReportedTogether() {
    Claim bad =
        Claim.builder()
            .name("data")
            .size("lots")
            .storageClass("fast")
            .dataSource(ClaimSource.snapshot("nightly"))
            .build();
    Claim wide = Claim.of("wide", "1Gi", block).withAccessModes(AccessMode.READ_WRITE_MANY);

    var result = Synthesizer.synthesize(shop(block, bad, wide));

    assertThat(result.objects()).isEmpty();
    assertThat(result.errors())
        .extracting(d -> d.rule() + " @ " + d.path())
        .contains(
            StorageRules.INVALID_SIZE + " @ stack shop / claim data / size",
            StorageRules.UNKNOWN_STORAGE_CLASS + " @ stack shop / claim data / storageClass",
            StorageRules.UNKNOWN_SNAPSHOT + " @ stack shop / claim data / dataSource",
            StorageRules.UNSUPPORTED_ACCESS_MODE + " @ stack shop / claim wide / accessModes[0]");
  }
}
