package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Pods that run to completion on a cron schedule. The schedule is checked when the stack is
 * synthesized. Synthesizes into a {@code CronJob} and its service account.
 *
 * <pre>{@code
 * ScheduledJob.builder().name("report").schedule("0 3 * * *").timeZone("Europe/Paris")
 *     .addContainer(Container.of("report", "registry.example.com/report:1.0")).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ScheduledJob extends PodWorkload implements RunsToCompletion {

  /** What happens when a run is due while the previous one still runs. */
  public enum Concurrency {
    /** Runs overlap. */
    ALLOW("Allow"),
    /** The new run is skipped (the default here). */
    FORBID("Forbid"),
    /** The running job is replaced by the new one. */
    REPLACE("Replace");

    private final String value;

    Concurrency(String value) {
      this.value = value;
    }

    /** The value of {@code concurrencyPolicy}. */
    public String value() {
      return value;
    }
  }

  /** The cron schedule, e.g. {@code 0 3 * * *} or {@code @hourly}. */
  public abstract String schedule();

  /** The IANA time zone of the schedule, e.g. {@code Europe/Paris}; the controller's if unset. */
  public abstract Optional<String> timeZone();

  /** What happens when runs would overlap; {@code Forbid} by default. */
  @Value.Default
  public Concurrency concurrency() {
    return Concurrency.FORBID;
  }

  /** How many successful jobs to keep. */
  public abstract Optional<Integer> successfulJobsHistoryLimit();

  /** How many failed jobs to keep. */
  public abstract Optional<Integer> failedJobsHistoryLimit();

  /** Seconds after its time a missed run may still start. */
  public abstract Optional<Long> startingDeadlineSeconds();

  /** Whether runs are suspended. */
  @Value.Default
  public boolean suspend() {
    return false;
  }

  /** A builder for a scheduled job. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  boolean longRunning() {
    return false;
  }

  @Override
  Optional<String> restartPolicy() {
    return Optional.of(restartOnFailure() ? "OnFailure" : "Never");
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    validatePod(context, checks);
    validateCompletion(checks);
    String problem = Cron.problem(schedule());
    if (problem != null) {
      checks.error(ComputeRules.INVALID_SCHEDULE, "schedule", "%s", problem);
    }
    successfulJobsHistoryLimit()
        .filter(v -> v < 0)
        .ifPresent(
            v ->
                checks.error(
                    ComputeRules.INVALID_COUNT,
                    "successfulJobsHistoryLimit",
                    "expected >= 0, was %d",
                    v));
    failedJobsHistoryLimit()
        .filter(v -> v < 0)
        .ifPresent(
            v ->
                checks.error(
                    ComputeRules.INVALID_COUNT,
                    "failedJobsHistoryLimit",
                    "expected >= 0, was %d",
                    v));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    out.add(
        new CronJobBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withSchedule(schedule().trim())
            .withTimeZone(timeZone().orElse(null))
            .withConcurrencyPolicy(concurrency().value())
            .withSuccessfulJobsHistoryLimit(successfulJobsHistoryLimit().orElse(null))
            .withFailedJobsHistoryLimit(failedJobsHistoryLimit().orElse(null))
            .withStartingDeadlineSeconds(startingDeadlineSeconds().orElse(null))
            .withSuspend(suspend() ? Boolean.TRUE : null)
            .withNewJobTemplate()
            .withMetadata(
                new ObjectMetaBuilder().withLabels(new TreeMap<>(selectorLabels())).build())
            .withSpec(jobSpec(podTemplate(context)))
            .endJobTemplate()
            .endSpec()
            .build());
    return out;
  }

  /** Builds a {@link ScheduledJob}. */
  public static class Builder extends ImmutableScheduledJob.Builder {}
}
