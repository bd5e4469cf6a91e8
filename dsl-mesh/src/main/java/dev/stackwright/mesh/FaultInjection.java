package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Faults injected into a route for testing resilience: delays and aborted requests on a share of
 * the traffic. Istio only; Linkerd has no fault injection, so it is an error there.
 */
@Value.Immutable
@StackwrightStyle
public interface FaultInjection {

  /** The delay added to requests, such as {@code 2s}. */
  Optional<String> delay();

  /** The percentage of requests delayed. */
  @Value.Default
  default double delayPercent() {
    return 100;
  }

  /** The HTTP status returned instead of forwarding a request. */
  Optional<Integer> abortStatus();

  /** The percentage of requests aborted. */
  @Value.Default
  default double abortPercent() {
    return 100;
  }

  /** Delays {@code percent} percent of requests by {@code delay}. */
  static FaultInjection delay(String delay, double percent) {
    return builder().delay(delay).delayPercent(percent).build();
  }

  /** Answers {@code percent} percent of requests with {@code status}. */
  static FaultInjection abort(int status, double percent) {
    return builder().abortStatus(status).abortPercent(percent).build();
  }

  /** A builder for fault injection. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FaultInjection}. */
  class Builder extends ImmutableFaultInjection.Builder {}
}
