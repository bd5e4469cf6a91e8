package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRulesBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How fast the horizontal autoscaler may scale in one direction: a stabilization window and at most
 * so many pods and/or percent per period. Synthesizes into {@code HPAScalingRules}.
 *
 * <pre>{@code
 * ScalingBehavior.window(300).limitPercent(50, 60)
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ScalingBehavior {

  /** Seconds of past recommendations considered before scaling; damps flapping. */
  public abstract Optional<Integer> stabilizationWindowSeconds();

  /** At most this many pods per {@link #periodSeconds()}. */
  public abstract Optional<Integer> maxPods();

  /** At most this percent of the current pods per {@link #periodSeconds()}. */
  public abstract Optional<Integer> maxPercent();

  /** The period of the pod and percent limits. */
  @Value.Default
  public int periodSeconds() {
    return 60;
  }

  /** Whether scaling in this direction is disabled. */
  @Value.Default
  public boolean disabled() {
    return false;
  }

  /** A behavior with a stabilization window of {@code seconds}. */
  public static ScalingBehavior window(int seconds) {
    return ImmutableScalingBehavior.builder().stabilizationWindowSeconds(seconds).build();
  }

  /** No scaling in this direction at all. */
  public static ScalingBehavior disabledBehavior() {
    return ImmutableScalingBehavior.builder().disabled(true).build();
  }

  /** This behavior, limited to {@code pods} pods per {@code periodSeconds}. */
  public ScalingBehavior limitPods(int pods, int periodSeconds) {
    return ImmutableScalingBehavior.builder()
        .from(this)
        .maxPods(pods)
        .periodSeconds(periodSeconds)
        .build();
  }

  /** This behavior, limited to {@code percent} percent per {@code periodSeconds}. */
  public ScalingBehavior limitPercent(int percent, int periodSeconds) {
    return ImmutableScalingBehavior.builder()
        .from(this)
        .maxPercent(percent)
        .periodSeconds(periodSeconds)
        .build();
  }

  HPAScalingRules toRules() {
    HPAScalingRulesBuilder b =
        new HPAScalingRulesBuilder()
            .withStabilizationWindowSeconds(stabilizationWindowSeconds().orElse(null));
    if (disabled()) {
      return b.withSelectPolicy("Disabled").build();
    }
    maxPods()
        .ifPresent(
            p ->
                b.addNewPolicy()
                    .withType("Pods")
                    .withValue(p)
                    .withPeriodSeconds(periodSeconds())
                    .endPolicy());
    maxPercent()
        .ifPresent(
            p ->
                b.addNewPolicy()
                    .withType("Percent")
                    .withValue(p)
                    .withPeriodSeconds(periodSeconds())
                    .endPolicy());
    return b.build();
  }
}
