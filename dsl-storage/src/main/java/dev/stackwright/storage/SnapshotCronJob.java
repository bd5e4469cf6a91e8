package dev.stackwright.storage;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpecBuilder;

/**
 * The CronJob of a {@link ScheduledSnapshots}: one kubectl container that creates a snapshot and
 * prunes the oldest, in a pod that meets the restricted Pod Security Standard (non-root, no
 * privilege escalation, no capabilities, RuntimeDefault seccomp, read-only root file system with an
 * emptyDir for {@code /tmp}).
 */
final class SnapshotCronJob {
  private SnapshotCronJob() {}

  static CronJob build(ScheduledSnapshots schedule, SynthContext context) {
    var container =
        new ContainerBuilder()
            .withName("snapshot")
            .withImage(schedule.image())
            .withCommand("/bin/sh", "-c", script(schedule))
            .addNewEnv()
            .withName("HOME")
            .withValue("/tmp")
            .endEnv()
            .withNewResources()
            .addToRequests("cpu", new Quantity("10m"))
            .addToRequests("memory", new Quantity("64Mi"))
            .addToLimits("memory", new Quantity("128Mi"))
            .endResources()
            .withNewSecurityContext()
            .withAllowPrivilegeEscalation(false)
            .withReadOnlyRootFilesystem(true)
            .withNewCapabilities()
            .withDrop("ALL")
            .endCapabilities()
            .endSecurityContext()
            .addNewVolumeMount()
            .withName("tmp")
            .withMountPath("/tmp")
            .endVolumeMount()
            .build();
    var pod =
        new PodSpecBuilder()
            .withServiceAccountName(schedule.name())
            .withAutomountServiceAccountToken(true)
            .withRestartPolicy("Never")
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withRunAsUser(schedule.runAsUser())
            .withRunAsGroup(schedule.runAsUser())
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .endSecurityContext()
            .withContainers(container)
            .addNewVolume()
            .withName("tmp")
            .withNewEmptyDir()
            .endEmptyDir()
            .endVolume()
            .build();
    CronJobSpecBuilder spec =
        new CronJobSpecBuilder()
            .withSchedule(schedule.schedule())
            .withConcurrencyPolicy("Forbid")
            .withSuccessfulJobsHistoryLimit(1)
            .withFailedJobsHistoryLimit(3)
            .withNewJobTemplate()
            .withNewSpec()
            .withBackoffLimit(2)
            .withActiveDeadlineSeconds(600L)
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels(SynthContext.NAME_LABEL, schedule.name())
            .endMetadata()
            .withSpec(pod)
            .endTemplate()
            .endSpec()
            .endJobTemplate();
    schedule.timeZone().ifPresent(spec::withTimeZone);
    return new CronJobBuilder()
        .withMetadata(context.metadata(schedule).build())
        .withSpec(spec.build())
        .build();
  }

  /**
   * Creates a snapshot with a generated name and the schedule's label, then deletes the oldest
   * labelled snapshots beyond the retention. Only snapshots of this schedule are ever deleted.
   */
  static String script(ScheduledSnapshots schedule) {
    String selector = ScheduledSnapshots.SCHEDULE_LABEL + "=" + schedule.name();
    StringBuilder s = new StringBuilder();
    s.append("set -eu\n");
    s.append("kubectl create -f - <<EOF\n");
    s.append("apiVersion: ").append(Snapshot.API_VERSION).append('\n');
    s.append("kind: VolumeSnapshot\n");
    s.append("metadata:\n");
    s.append("  generateName: ").append(schedule.claim()).append("-\n");
    s.append("  labels:\n");
    s.append("    ").append(ScheduledSnapshots.SCHEDULE_LABEL).append(": ");
    s.append(schedule.name()).append('\n');
    s.append("spec:\n");
    schedule
        .snapshotClass()
        .ifPresent(c -> s.append("  volumeSnapshotClassName: ").append(c).append('\n'));
    s.append("  source:\n");
    s.append("    persistentVolumeClaimName: ").append(schedule.claim()).append('\n');
    s.append("EOF\n");
    s.append("snapshots=$(kubectl get volumesnapshots -l ").append(selector);
    s.append(" --sort-by=.metadata.creationTimestamp -o name)\n");
    s.append("count=$(printf '%s\\n' \"$snapshots\" | grep -c . || true)\n");
    s.append("excess=$((count - ").append(schedule.retention()).append("))\n");
    s.append("if [ \"$excess\" -gt 0 ]; then\n");
    s.append("  printf '%s\\n' \"$snapshots\" | head -n \"$excess\" | xargs kubectl delete\n");
    s.append("fi\n");
    return s.toString();
  }
}
