package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Horizontal autoscaling of a workload between a minimum and a maximum replica count, driven by
 * metrics, with optional scale-up and scale-down behavior. Declared on the workload, it synthesizes
 * into an autoscaling/v2 {@code HorizontalPodAutoscaler} named like the workload.
 *
 * <pre>{@code
 * Autoscaling.cpu(3, 10, 70)
 * Autoscaling.between(2, 20).metric(Metric.pods("requests_per_second", "100"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Autoscaling {

  /** The fewest replicas. */
  @Value.Default
  public int minReplicas() {
    return 1;
  }

  /** The most replicas. */
  public abstract int maxReplicas();

  /** The metrics kept at their targets; the autoscaler follows the one that needs most pods. */
  public abstract List<Metric> metrics();

  /** How fast to scale up. */
  public abstract Optional<ScalingBehavior> scaleUp();

  /** How fast to scale down. */
  public abstract Optional<ScalingBehavior> scaleDown();

  /** Between {@code min} and {@code max} replicas, keeping CPU at {@code percent} of requests. */
  public static Autoscaling cpu(int min, int max, int percent) {
    return between(min, max).metric(Metric.cpu(percent));
  }

  /** Between {@code min} and {@code max} replicas; add metrics with {@link #metric}. */
  public static Autoscaling between(int min, int max) {
    return ImmutableAutoscaling.builder().minReplicas(min).maxReplicas(max).build();
  }

  /** This autoscaling with one more metric. */
  public Autoscaling metric(Metric metric) {
    return ImmutableAutoscaling.builder().from(this).addMetric(metric).build();
  }

  /** This autoscaling with a scale-up behavior. */
  public abstract Autoscaling withScaleUp(ScalingBehavior behavior);

  /** This autoscaling with a scale-down behavior. */
  public abstract Autoscaling withScaleDown(ScalingBehavior behavior);

  /** Whether a metric is the utilization of {@code resource}. */
  boolean usesUtilizationOf(String resource) {
    for (Metric m : metrics()) {
      if (m.source() == Metric.Source.RESOURCE
          && m.name().equals(resource)
          && m.utilization().isPresent()) {
        return true;
      }
    }
    return false;
  }

  void validate(Checks checks) {
    checks.require(
        minReplicas() >= 1,
        ComputeRules.INVALID_AUTOSCALING,
        "minReplicas",
        "expected at least 1, was %d",
        minReplicas());
    checks.require(
        minReplicas() <= maxReplicas(),
        ComputeRules.INVALID_AUTOSCALING,
        "maxReplicas",
        "minReplicas %d is above maxReplicas %d",
        minReplicas(),
        maxReplicas());
    for (int i = 0; i < metrics().size(); i++) {
      metrics().get(i).validate(checks.in("metrics[" + i + "]"));
    }
  }
}
