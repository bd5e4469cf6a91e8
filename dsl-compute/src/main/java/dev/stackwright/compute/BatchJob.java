package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pods that run to completion once: a migration, a batch computation. Synthesizes into a {@code
 * Job} and its service account.
 *
 * <pre>{@code
 * BatchJob.builder().name("migrate").addContainer(Container.of("migrate", "registry.example.com/migrate:2.1"))
 *     .backoffLimit(2).ttlSecondsAfterFinished(3600).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class BatchJob extends PodWorkload implements RunsToCompletion {

  /** A builder for a batch job. */
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
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    out.add(
        new JobBuilder()
            .withMetadata(context.metadata(this).build())
            .withSpec(jobSpec(podTemplate(context)))
            .build());
    return out;
  }

  /** Builds a {@link BatchJob}. */
  public static class Builder extends ImmutableBatchJob.Builder {}
}
