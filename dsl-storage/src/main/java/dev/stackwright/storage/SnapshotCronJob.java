package dev.stackwright.storage;

import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Grant;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodExtras;
import dev.stackwright.core.pod.PodRenderer;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpecBuilder;
import java.util.List;

/**
 * The pod and CronJob of a {@link ScheduledSnapshots}: one kubectl container that creates a
 * snapshot and prunes the oldest. The pod is built by the core's pod model, so it meets the
 * restricted Pod Security Standard (non-root, no privilege escalation, no capabilities,
 * RuntimeDefault seccomp, read-only root file system with an emptyDir for {@code /tmp}) and gets
 * the same checks (registry policy, pinned image) and decorations as every workload. Its service
 * account may create, list and delete volume snapshots of its namespace, and nothing else.
 */
final class SnapshotCronJob {
  private SnapshotCronJob() {}

  static Pod pod(ScheduledSnapshots schedule) {
    return Pod.builder()
        .addContainers(
            Container.builder()
                .name("snapshot")
                .image(schedule.image())
                .addCommand("/bin/sh", "-c", script(schedule))
                .addEnv(Env.of("HOME", "/tmp"))
                .resources(
                    Resources.builder()
                        .cpuRequest("10m")
                        .memoryRequest("64Mi")
                        .memoryLimit("128Mi")
                        .build())
                .addMounts(Mount.scratch("/tmp"))
                .build())
        .runAsUser(schedule.runAsUser())
        .runAsGroup(schedule.runAsUser())
        .automountServiceAccountToken(true)
        .addGrants(Grant.of(Snapshot.GROUP, "volumesnapshots", List.of("create", "delete", "list")))
        .build();
  }

  static CronJob build(ScheduledSnapshots schedule, SynthContext context) {
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
            .withTemplate(
                PodRenderer.template(schedule, schedule.pod(), PodExtras.runOnce(), context))
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
