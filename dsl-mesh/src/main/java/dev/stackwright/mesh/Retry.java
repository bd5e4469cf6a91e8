package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a route retries failed requests: Istio {@code retries}, Linkerd's {@code retry.linkerd.io/*}
 * route annotations.
 */
@Value.Immutable
@StackwrightStyle
public interface Retry {

  /** How many times a failed request is retried (after the first try). */
  int attempts();

  /** The time limit of each try, such as {@code 2s}; none when empty. */
  Optional<String> perTryTimeout();

  /** Which failures are retried: {@code 5xx} by default, or {@code gateway-error}. */
  @Value.Default
  default String retryOn() {
    return "5xx";
  }

  /** Up to {@code attempts} retries of 5xx responses, each try limited to {@code perTryTimeout}. */
  static Retry of(int attempts, String perTryTimeout) {
    return builder().attempts(attempts).perTryTimeout(perTryTimeout).build();
  }

  /** A builder for retries. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Retry}. */
  class Builder extends ImmutableRetry.Builder {}
}
