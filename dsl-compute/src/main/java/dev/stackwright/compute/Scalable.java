package dev.stackwright.compute;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The replica and availability settings that long-running replicated workloads ({@link Workload},
 * {@link StatefulWorkload}) share: declared once here, synthesized by {@link Autoscalers}.
 */
public interface Scalable {

  /**
   * The replica count; 1 by default. With an autoscaler the autoscaler owns the count: the
   * Deployment or StatefulSet is written without {@code spec.replicas}, and this value must still
   * lie within the autoscaler's range (a contradiction is an error, not silently dropped).
   */
  @Value.Default
  default int replicas() {
    return 1;
  }

  /** Horizontal autoscaling, synthesized into a HorizontalPodAutoscaler. */
  Optional<Autoscaling> autoscaling();

  /** Vertical autoscaling, synthesized into a VerticalPodAutoscaler. */
  Optional<VerticalAutoscaling> verticalAutoscaling();

  /** The disruption budget, synthesized into a PodDisruptionBudget. */
  Optional<DisruptionBudget> disruptionBudget();
}
