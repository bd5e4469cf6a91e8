package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.knative.duck.v1.DeliverySpec;
import io.fabric8.knative.duck.v1.DeliverySpecBuilder;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How Knative retries an event its subscriber did not accept: a retry count and an exponential
 * backoff from a delay (an ISO-8601 duration such as {@code PT0.5S}). Synthesizes into the {@code
 * delivery} of a Broker or Trigger.
 *
 * <pre>{@code
 * EventDelivery.retries(5, "PT1S")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class EventDelivery {
  private static final Pattern ISO_DURATION =
      Pattern.compile("P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  /** The retries after the first attempt. */
  @Value.Parameter
  public abstract int retry();

  /** The first backoff delay, doubled at each retry (ISO-8601). */
  @Value.Parameter
  public abstract Optional<String> backoffDelay();

  /** {@code retry} retries with exponential backoff from {@code backoffDelay}. */
  public static EventDelivery retries(int retry, String backoffDelay) {
    return ImmutableEventDelivery.of(retry, Optional.of(backoffDelay));
  }

  void validate(Checks checks, String at) {
    if (retry() < 0) {
      checks.error(EventRules.INVALID_DELIVERY, at + ".retry", "expected >= 0, was %d", retry());
    }
    backoffDelay()
        .filter(d -> !ISO_DURATION.matcher(d).matches() || "P".equals(d) || d.endsWith("T"))
        .ifPresent(
            d ->
                checks.error(
                    EventRules.INVALID_DELIVERY,
                    at + ".backoffDelay",
                    "expected an ISO-8601 duration such as PT0.5S, was \"%s\"",
                    d));
  }

  DeliverySpec toSpec() {
    return new DeliverySpecBuilder()
        .withRetry(retry())
        .withBackoffPolicy(backoffDelay().isPresent() ? "exponential" : null)
        .withBackoffDelay(backoffDelay().orElse(null))
        .build();
  }
}
