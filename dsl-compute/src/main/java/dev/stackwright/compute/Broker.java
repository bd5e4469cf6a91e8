package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.knative.eventing.v1.BrokerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Knative Eventing broker: an event mesh in one namespace that sources send CloudEvents to and
 * {@link Trigger}s deliver from. Synthesizes into a {@code Broker} (eventing.knative.dev/v1) of the
 * multi-tenant channel-based class unless another is named.
 *
 * <pre>{@code
 * Broker orders = Broker.builder().name("orders").delivery(EventDelivery.retries(5, "PT1S")).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Broker implements Component {

  /** The broker class annotation. */
  public static final String CLASS_ANNOTATION = "eventing.knative.dev/broker.class";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The broker implementation: {@code MTChannelBasedBroker}, which Knative Eventing ships. */
  @Value.Default
  public String brokerClass() {
    return "MTChannelBasedBroker";
  }

  /** How undelivered events are retried, for every trigger of the broker; Knative's default. */
  public abstract Optional<EventDelivery> delivery();

  @Override
  public String kind() {
    return "broker";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A builder for a broker. */
  public static Builder builder() {
    return new Builder();
  }

  /** A broker named {@code name} with the defaults. */
  public static Broker of(String name) {
    return builder().name(name).build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    delivery().ifPresent(d -> d.validate(checks, "delivery"));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new BrokerBuilder()
            .withMetadata(
                context.metadata(this).addToAnnotations(CLASS_ANNOTATION, brokerClass()).build())
            .withNewSpec()
            .withDelivery(delivery().map(EventDelivery::toSpec).orElse(null))
            .endSpec()
            .build());
  }

  /** Builds a {@link Broker}. */
  public static class Builder extends ImmutableBroker.Builder {}
}
