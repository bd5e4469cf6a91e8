package dev.stackwright.compute;

import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of pods that run to completion, declared once for {@link BatchJob} and {@link
 * ScheduledJob}: how many must succeed, how many run at once, retries, cleanup and deadline.
 * Synthesizes into a {@code JobSpec}.
 */
public interface RunsToCompletion {

  /** How many pods must succeed; 1 when unset. */
  Optional<Integer> completions();

  /** How many pods run at once; 1 when unset. */
  Optional<Integer> parallelism();

  /** How many retries before the job fails; 6 (the Kubernetes default) when unset. */
  Optional<Integer> backoffLimit();

  /** Seconds after finishing before the job (and its pods) are deleted. */
  Optional<Integer> ttlSecondsAfterFinished();

  /** Seconds the job may run before it is stopped and failed. */
  Optional<Long> activeDeadlineSeconds();

  /** Whether a failed container restarts in its pod ({@code OnFailure}) instead of a new pod. */
  @Value.Default
  default boolean restartOnFailure() {
    return false;
  }

  /** Reports negative counts. */
  default void validateCompletion(Checks checks) {
    nonNegative(checks, "completions", completions().map(Integer::longValue));
    nonNegative(checks, "parallelism", parallelism().map(Integer::longValue));
    nonNegative(checks, "backoffLimit", backoffLimit().map(Integer::longValue));
    nonNegative(
        checks, "ttlSecondsAfterFinished", ttlSecondsAfterFinished().map(Integer::longValue));
    activeDeadlineSeconds()
        .filter(s -> s < 1)
        .ifPresent(
            s ->
                checks.error(
                    ComputeRules.INVALID_COUNT,
                    "activeDeadlineSeconds",
                    "expected at least 1, was %d",
                    s));
  }

  private static void nonNegative(Checks checks, String field, Optional<Long> value) {
    value
        .filter(v -> v < 0)
        .ifPresent(
            v -> checks.error(ComputeRules.INVALID_COUNT, field, "expected >= 0, was %d", v));
  }

  /** The job spec running {@code template}. */
  default JobSpec jobSpec(PodTemplateSpec template) {
    return new JobSpecBuilder()
        .withCompletions(completions().orElse(null))
        .withParallelism(parallelism().orElse(null))
        .withBackoffLimit(backoffLimit().orElse(null))
        .withTtlSecondsAfterFinished(ttlSecondsAfterFinished().orElse(null))
        .withActiveDeadlineSeconds(activeDeadlineSeconds().orElse(null))
        .withTemplate(template)
        .build();
  }
}
