package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ServiceEndpoint;
import org.immutables.value.Value;

/** A share of a route's traffic: the service fronting one version's pods, and its weight. */
@Value.Immutable
@StackwrightStyle
public interface WeightedBackend {

  /** The service that fronts this version's pods. */
  @Value.Parameter
  ServiceEndpoint service();

  /** The percentage of requests sent to it; the weights of a route add up to 100. */
  @Value.Parameter
  int weight();

  /** {@code weight} percent of the traffic to {@code service}. */
  static WeightedBackend of(ServiceEndpoint service, int weight) {
    return ImmutableWeightedBackend.of(service, weight);
  }
}
