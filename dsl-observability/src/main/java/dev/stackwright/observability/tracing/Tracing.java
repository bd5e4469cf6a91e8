package dev.stackwright.observability.tracing;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Wires workloads to an OpenTelemetry collector: every container of each workload gets the OTLP
 * endpoint, service name, resource attributes and sampler in its environment (a variable the
 * container sets itself wins). Synthesizes nothing of its own; needs each traced workload to reach
 * the collector's OTLP/gRPC port.
 *
 * <pre>{@code
 * Tracing.of(collector, api, worker)
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Tracing implements Component, PodDecorator, NetworkNeeds {

  /** The collector the workloads send to. */
  public abstract OtelCollector collector();

  /** The traced workloads. */
  public abstract List<PodSet> workloads();

  /** Tracing of {@code workloads} through {@code collector}. */
  public static Tracing of(OtelCollector collector, PodSet... workloads) {
    return ImmutableTracing.builder()
        .collector(collector)
        .addAllWorkloads(Arrays.asList(workloads))
        .build();
  }

  @Override
  public String name() {
    return collector().name();
  }

  @Override
  public String kind() {
    return "tracing";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  @Override
  public Optional<String> namespace() {
    return collector().namespace();
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(collector());
  }

  @Override
  public List<PodSet> decorates() {
    return workloads();
  }

  @Override
  public Map<String, String> containerEnv(PodSet pods, SynthContext context) {
    return collector().env(pods, context);
  }

  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    return workloads().stream()
        .map(
            w ->
                NetworkNeed.of(
                    NetworkPeer.pods(w), NetworkPeer.pods(collector()), OtelCollector.OTLP_GRPC))
        .toList();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    for (int i = 0; i < workloads().size(); i++) {
      PodSet w = workloads().get(i);
      checks.require(
          context.contains(w),
          ObservabilityRules.UNKNOWN_TARGET,
          "workloads[" + i + "]",
          "traces workload %s, which is not part of the stack",
          w.name());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
