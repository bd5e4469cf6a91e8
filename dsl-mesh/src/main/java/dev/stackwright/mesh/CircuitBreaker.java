package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Circuit breaking for a route's backends: eject failing endpoints (outlier detection) and bound
 * connections. Istio renders it as a DestinationRule traffic policy per backend service; Linkerd
 * configures its failure accrual on the Service itself, which the network layer owns, so it is an
 * error there.
 */
@Value.Immutable
@StackwrightStyle
public interface CircuitBreaker {

  /** Consecutive 5xx errors after which an endpoint is ejected. */
  @Value.Default
  default int consecutiveErrors() {
    return 5;
  }

  /** How often endpoints are analysed. */
  @Value.Default
  default String interval() {
    return "10s";
  }

  /** How long an ejected endpoint stays out (multiplied by its ejection count). */
  @Value.Default
  default String ejectionTime() {
    return "30s";
  }

  /** The most endpoints ejected at once, in percent. */
  @Value.Default
  default int maxEjectionPercent() {
    return 50;
  }

  /** The most TCP connections to a backend; unbounded when empty. */
  Optional<Integer> maxConnections();

  /** The most requests waiting for a connection; unbounded when empty. */
  Optional<Integer> maxPendingRequests();

  /** Outlier detection with every default. */
  static CircuitBreaker defaults() {
    return builder().build();
  }

  /** A builder for circuit breaking. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CircuitBreaker}. */
  class Builder extends ImmutableCircuitBreaker.Builder {}
}
