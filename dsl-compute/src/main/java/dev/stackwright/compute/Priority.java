package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster-wide pod priority: pods of higher priority schedule first and may preempt lower ones.
 * Synthesizes into a {@code PriorityClass}; an {@linkplain #existing existing} one (such as {@code
 * system-cluster-critical}) is only referred to. Workloads name it in their {@link Scheduling}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Priority implements Component {

  @Override
  public abstract String name();

  /** The priority value; higher schedules first. */
  @Value.Default
  public int value() {
    return 0;
  }

  /** Whether pods of this priority may preempt lower-priority pods; true by default. */
  @Value.Default
  public boolean preempting() {
    return true;
  }

  /** What the priority is for. */
  public abstract Optional<String> description();

  /** Whether the class already exists in the cluster (and is not synthesized). */
  @Value.Default
  public boolean existing() {
    return false;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  @Override
  public String kind() {
    return "priority-class";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A priority class called {@code name} with {@code value}. */
  public static Priority of(String name, int value) {
    return builder().name(name).value(value).build();
  }

  /** A priority class the cluster already has, e.g. {@code system-cluster-critical}. */
  public static Priority existing(String name) {
    return builder().name(name).existing(true).build();
  }

  /** A builder for a priority class. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.require(
        existing() || value() <= 1_000_000_000,
        ComputeRules.INVALID_PRIORITY,
        "value",
        "user priority classes go up to 1000000000 (higher is reserved for system classes), was %d",
        value());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (existing()) {
      return List.of();
    }
    return List.of(
        new PriorityClassBuilder()
            .withMetadata(context.metadata(this).build())
            .withValue(value())
            .withPreemptionPolicy(preempting() ? "PreemptLowerPriority" : "Never")
            .withDescription(description().orElse(null))
            .build());
  }

  /** Builds a {@link Priority}. */
  public static class Builder extends ImmutablePriority.Builder {}
}
