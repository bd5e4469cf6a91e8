package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Quantities;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Vertical autoscaling: the VerticalPodAutoscaler recommends (and, unless the mode is {@code Off},
 * applies) container requests within bounds. Declared on the workload, it synthesizes into a {@code
 * VerticalPodAutoscaler} (autoscaling.k8s.io/v1) named like the workload.
 */
@Value.Immutable
@StackwrightStyle
public abstract class VerticalAutoscaling {

  /** How recommendations are applied. */
  public enum Mode {
    /** Only recommend. */
    OFF("Off"),
    /** Apply when pods are created. */
    INITIAL("Initial"),
    /** Apply by evicting and recreating pods. */
    RECREATE("Recreate"),
    /** Apply in place when possible, else recreate. */
    IN_PLACE_OR_RECREATE("InPlaceOrRecreate");

    private final String value;

    Mode(String value) {
      this.value = value;
    }

    /** The value of {@code updatePolicy.updateMode}. */
    public String value() {
      return value;
    }
  }

  /** How recommendations are applied; {@code Recreate} by default. */
  @Value.Default
  public Mode mode() {
    return Mode.RECREATE;
  }

  /** The lowest CPU request set. */
  public abstract Optional<String> minCpu();

  /** The lowest memory request set. */
  public abstract Optional<String> minMemory();

  /** The highest CPU request set. */
  public abstract Optional<String> maxCpu();

  /** The highest memory request set. */
  public abstract Optional<String> maxMemory();

  /** Vertical autoscaling in {@code mode} without bounds. */
  public static VerticalAutoscaling of(Mode mode) {
    return ImmutableVerticalAutoscaling.builder().mode(mode).build();
  }

  /** Recommendations only. */
  public static VerticalAutoscaling recommendOnly() {
    return of(Mode.OFF);
  }

  /** A builder for every setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** This autoscaling, keeping requests at least {@code cpu} and {@code memory}. */
  public VerticalAutoscaling min(String cpu, String memory) {
    return ImmutableVerticalAutoscaling.builder().from(this).minCpu(cpu).minMemory(memory).build();
  }

  /** This autoscaling, keeping requests at most {@code cpu} and {@code memory}. */
  public VerticalAutoscaling max(String cpu, String memory) {
    return ImmutableVerticalAutoscaling.builder().from(this).maxCpu(cpu).maxMemory(memory).build();
  }

  void validate(Checks checks) {
    bounds(checks, "cpu", minCpu(), maxCpu());
    bounds(checks, "memory", minMemory(), maxMemory());
  }

  private static void bounds(
      Checks checks, String resource, Optional<String> min, Optional<String> max) {
    boolean minOk = min.map(v -> checks.quantity("minAllowed." + resource, v)).orElse(true);
    boolean maxOk = max.map(v -> checks.quantity("maxAllowed." + resource, v)).orElse(true);
    if (min.isPresent() && max.isPresent() && minOk && maxOk) {
      checks.require(
          Quantities.compare(min.get(), max.get()) <= 0,
          ComputeRules.INVALID_VERTICAL_AUTOSCALING,
          "minAllowed." + resource,
          "the minimum %s is above the maximum %s",
          min.get(),
          max.get());
    }
  }

  /** Builds {@link VerticalAutoscaling}. */
  public static class Builder extends ImmutableVerticalAutoscaling.Builder {}
}
