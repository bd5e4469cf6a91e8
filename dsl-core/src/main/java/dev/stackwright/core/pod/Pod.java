package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * The pod of a component that runs one of its own rather than being a workload: the telemetry
 * collector, the snapshot job, a logging agent. It has every attribute of a {@link PodDefinition},
 * with the same defaults, and goes through the same {@link PodChecks}, {@link PodRenderer} and
 * {@link PodIdentity} as every workload's pod.
 *
 * <pre>{@code
 * Pod.builder()
 *     .addContainer(Container.builder().name("agent").image("registry.example.com/agent:1.2.0")
 *         .resources(Resources.of("10m", "64Mi").limits("100m", "128Mi")).build())
 *     .runAsUser(10001L)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Pod extends PodDefinition {

  /** A builder for a pod. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pod}. */
  public static class Builder extends ImmutablePod.Builder {}
}
