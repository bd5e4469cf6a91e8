package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.PodRules;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;

class OtherWorkloadsTest {

  static final ClaimTemplate DATA =
      new ClaimTemplate() {
        @Override
        public String name() {
          return "data";
        }

        @Override
        public PersistentVolumeClaim toClaimTemplate() {
          return new PersistentVolumeClaimBuilder()
              .withNewMetadata()
              .withName("data")
              .endMetadata()
              .build();
        }
      };

  static Container db() {
    return Container.builder()
        .from(Stacks.app())
        .name("db")
        .addMount(Mount.volume("data", "/var/lib/data"))
        .build();
  }

  @Test
  void statefulWorkloadHasClaimTemplatesAndAHeadlessServiceName() {
    StatefulWorkload db =
        StatefulWorkload.builder()
            .name("db")
            .replicas(3)
            .addContainer(db())
            .addClaimTemplate(DATA)
            .podManagement(StatefulWorkload.PodManagement.PARALLEL)
            .autoscaling(Autoscaling.cpu(3, 5, 80))
            .build();
    assertThat(Stacks.of(db))
        .isOk()
        .object(StatefulSet.class, "db")
        .satisfies(
            s -> {
              assertThat(s.getSpec().getServiceName()).isEqualTo("db");
              assertThat(s.getSpec().getReplicas()).as("the autoscaler owns the count").isNull();
              assertThat(s.getSpec().getPodManagementPolicy()).isEqualTo("Parallel");
              assertThat(s.getSpec().getVolumeClaimTemplates())
                  .extracting(c -> c.getMetadata().getName())
                  .containsExactly("data");
              assertThat(
                      s.getSpec()
                          .getTemplate()
                          .getSpec()
                          .getContainers()
                          .get(0)
                          .getVolumeMounts()
                          .get(0)
                          .getName())
                  .isEqualTo("data");
            });
    assertThat(Stacks.of(db))
        .object(HorizontalPodAutoscaler.class, "db")
        .extracting(h -> h.getSpec().getScaleTargetRef().getKind())
        .isEqualTo("StatefulSet");
  }

  @Test
  void statefulWorkloadDefaultsToOrderedStart() {
    assertThat(
            Stacks.of(
                StatefulWorkload.builder()
                    .name("db")
                    .addContainer(db())
                    .addClaimTemplate(DATA)
                    .build()))
        .object(StatefulSet.class, "db")
        .extracting(s -> s.getSpec().getPodManagementPolicy())
        .isEqualTo("OrderedReady");
  }

  @Test
  void daemonWorkloadRunsOnEveryNode() {
    DaemonWorkload agent =
        DaemonWorkload.builder()
            .name("agent")
            .addContainer(Stacks.app())
            .maxUnavailable("10%")
            .build();
    assertThat(Stacks.of(agent))
        .object(DaemonSet.class, "agent")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getSelector().getMatchLabels())
                  .containsEntry("app.kubernetes.io/name", "agent");
              assertThat(d.getSpec().getUpdateStrategy().getRollingUpdate().getMaxUnavailable())
                  .isEqualTo(new IntOrString("10%"));
            });
    assertThat(Stacks.of(agent)).object(ServiceAccount.class, "agent").isNotNull();
  }

  @Test
  void batchJobRunsToCompletion() {
    BatchJob job =
        BatchJob.builder()
            .name("migrate")
            .addContainer(Container.of("migrate", "registry.example.com/migrate:2.1"))
            .completions(3)
            .parallelism(2)
            .backoffLimit(1)
            .ttlSecondsAfterFinished(600)
            .activeDeadlineSeconds(3600L)
            .build();
    assertThat(Stacks.of(job))
        .isOk()
        .hasNoDiagnostic(PodRules.NO_READINESS_PROBE)
        .object(Job.class, "migrate")
        .satisfies(
            j -> {
              assertThat(j.getSpec().getCompletions()).isEqualTo(3);
              assertThat(j.getSpec().getParallelism()).isEqualTo(2);
              assertThat(j.getSpec().getBackoffLimit()).isEqualTo(1);
              assertThat(j.getSpec().getTtlSecondsAfterFinished()).isEqualTo(600);
              assertThat(j.getSpec().getActiveDeadlineSeconds()).isEqualTo(3600L);
              assertThat(j.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
            });
  }

  @Test
  void scheduledJobRunsOnACronSchedule() {
    ScheduledJob report =
        ScheduledJob.builder()
            .name("report")
            .schedule("0 3 * * *")
            .timeZone("Europe/Paris")
            .successfulJobsHistoryLimit(1)
            .failedJobsHistoryLimit(3)
            .restartOnFailure(true)
            .addContainer(Container.of("report", "registry.example.com/report:1.0"))
            .build();
    assertThat(Stacks.of(report))
        .object(CronJob.class, "report")
        .satisfies(
            c -> {
              assertThat(c.getSpec().getSchedule()).isEqualTo("0 3 * * *");
              assertThat(c.getSpec().getTimeZone()).isEqualTo("Europe/Paris");
              assertThat(c.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
              assertThat(c.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(1);
              assertThat(c.getSpec().getFailedJobsHistoryLimit()).isEqualTo(3);
              assertThat(
                      c.getSpec()
                          .getJobTemplate()
                          .getSpec()
                          .getTemplate()
                          .getSpec()
                          .getRestartPolicy())
                  .isEqualTo("OnFailure");
            });
  }

  @Test
  void workloadsOfDifferentTypesShareOneNamespaceOfNames() {
    assertThat(
            Stacks.of(
                Stacks.api().build(),
                BatchJob.builder().name("api").addContainer(Stacks.app()).build()))
        .hasError("core.duplicate-component", "workload api");
  }
}
