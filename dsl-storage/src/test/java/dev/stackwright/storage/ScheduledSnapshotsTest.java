package dev.stackwright.storage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static dev.stackwright.storage.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;

class ScheduledSnapshotsTest {
  private final StorageClass block = StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool");
  private final Claim data = Claim.of("data", "10Gi", block);

  @Test
  void scheduleBecomesACronJobThatSnapshotsAndPrunes() {
    var nightly =
        ScheduledSnapshots.builder()
            .from(ScheduledSnapshots.of(data, "0 2 * * *", 5))
            .snapshotClass("ceph-block-snapshots")
            .timeZone("Europe/Paris")
            .build();

    assertThat(shop(block, data, nightly))
        .object(CronJob.class, "shop", "data-snapshots")
        .satisfies(
            job -> {
              assertThat(job.getSpec().getSchedule()).isEqualTo("0 2 * * *");
              assertThat(job.getSpec().getTimeZone()).isEqualTo("Europe/Paris");
              assertThat(job.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
              PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
              assertThat(pod.getServiceAccountName()).isEqualTo("data-snapshots");
              var container = pod.getContainers().get(0);
              assertThat(container.getImage()).isEqualTo(ScheduledSnapshots.DEFAULT_IMAGE);
              String script = container.getCommand().get(2);
              assertThat(script)
                  .contains("kubectl create -f -")
                  .contains("generateName: data-")
                  .contains("persistentVolumeClaimName: data")
                  .contains("volumeSnapshotClassName: ceph-block-snapshots")
                  .contains("-l snapshots.stackwright.dev/schedule=data-snapshots")
                  .contains("excess=$((count - 5))");
            });
  }

  @Test
  void jobPodMeetsTheRestrictedPodSecurityStandard() {
    var nightly = ScheduledSnapshots.of(data, "@daily", 7);

    assertThat(shop(block, data, nightly))
        .object(CronJob.class, "data-snapshots")
        .satisfies(
            job -> {
              PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
              assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
              assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                  .isEqualTo("RuntimeDefault");
              var sc = pod.getContainers().get(0).getSecurityContext();
              assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
              assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
              assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
              assertThat(pod.getVolumes().get(0).getEmptyDir()).isNotNull();
              assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath())
                  .isEqualTo("/tmp");
            });
  }

  @Test
  void scheduleRunsAsItsOwnAccountAllowedOnlyToManageSnapshots() {
    var result = assertThat(shop(block, data, ScheduledSnapshots.of(data, "@daily", 7)));

    result
        .object(ServiceAccount.class, "shop", "data-snapshots")
        .satisfies(sa -> assertThat(sa.getAutomountServiceAccountToken()).isFalse());
    result
        .object(Role.class, "shop", "data-snapshots")
        .satisfies(
            role -> {
              assertThat(role.getRules()).hasSize(1);
              assertThat(role.getRules().get(0).getApiGroups())
                  .containsExactly("snapshot.storage.k8s.io");
              assertThat(role.getRules().get(0).getResources()).containsExactly("volumesnapshots");
              assertThat(role.getRules().get(0).getVerbs())
                  .containsExactly("create", "delete", "list");
            });
    result
        .object(RoleBinding.class, "shop", "data-snapshots")
        .satisfies(
            binding -> {
              assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
              assertThat(binding.getSubjects().get(0).getName()).isEqualTo("data-snapshots");
              assertThat(binding.getSubjects().get(0).getNamespace()).isEqualTo("shop");
            });
  }

  @Test
  void scheduleThatIsNotCronIsAnError() {
    assertThat(shop(block, data, ScheduledSnapshots.of(data, "every night", 7)))
        .hasError(StorageRules.INVALID_SCHEDULE, "scheduled-snapshots data-snapshots / schedule");
  }

  @Test
  void retentionBelowOneIsAnError() {
    assertThat(shop(block, data, ScheduledSnapshots.of(data, "0 * * * *", 0)))
        .hasError(StorageRules.INVALID_COUNT, "scheduled-snapshots data-snapshots / retention");
  }

  @Test
  void cronExpressionsAndMacrosAreAccepted() {
    assertThat(ScheduledSnapshots.isSchedule("*/15 2-4 1,15 * MON-FRI")).isTrue();
    assertThat(ScheduledSnapshots.isSchedule("@hourly")).isTrue();
    assertThat(ScheduledSnapshots.isSchedule("0 2 * *")).isFalse();
    assertThat(ScheduledSnapshots.isSchedule("@every 1h")).isFalse();
  }
}
