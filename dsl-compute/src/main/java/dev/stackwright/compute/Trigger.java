package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.knative.eventing.v1.TriggerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Delivers the events of a {@link Broker} that match a filter to a {@link ServerlessWorkload},
 * which Knative scales from zero as events arrive. Synthesizes into a {@code Trigger}
 * (eventing.knative.dev/v1) whose subscriber is the workload's Knative Service; the subscriber must
 * be a serverless workload of the broker's namespace.
 *
 * <pre>{@code
 * Trigger.builder().name("on-order").broker(orders).subscriber(fulfil)
 *     .putFilter("type", "shop.order.created").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Trigger implements Component, TopologySource {
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z0-9]{1,20}");

  @Override
  public abstract String name();

  /** The broker's namespace, which the trigger must live in; the broker's when empty. */
  @Override
  @Value.Default
  public Optional<String> namespace() {
    return broker().namespace();
  }

  /** The broker whose events the trigger delivers. */
  public abstract Broker broker();

  /** The workload the events go to: a {@link ServerlessWorkload}. */
  public abstract PodSet subscriber();

  /** The path on the subscriber events are posted to; its root when empty. */
  public abstract Optional<String> path();

  /** CloudEvents attributes an event must have, exactly ({@code type}, {@code source}...). */
  public abstract Map<String, String> filters();

  /** How undelivered events are retried; the broker's when empty. */
  public abstract Optional<EventDelivery> delivery();

  @Override
  public String kind() {
    return "trigger";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(broker(), subscriber());
  }

  /** A builder for a trigger. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    String ns = context.namespaceOf(this);
    if (context.contains(broker()) && !context.namespaceOf(broker()).equals(ns)) {
      checks.error(
          EventRules.UNKNOWN_BROKER,
          "broker",
          "broker %s is in namespace %s, but a trigger must live in its broker's namespace (%s)",
          broker().name(),
          context.namespaceOf(broker()),
          ns);
    }
    if (!(subscriber() instanceof ServerlessWorkload)) {
      checks.error(
          EventRules.INVALID_SUBSCRIBER,
          "subscriber",
          "%s is not a serverless workload: a trigger delivers events to a ServerlessWorkload"
              + " (a Knative Service that scales with them); make it one, or send the events to a"
              + " Service of its own",
          EventDestinations.describe(subscriber()));
    } else if (context.contains(subscriber()) && !context.namespaceOf(subscriber()).equals(ns)) {
      checks.error(
          EventRules.INVALID_SUBSCRIBER,
          "subscriber",
          "serverless workload %s is in namespace %s, but the trigger's broker is in %s",
          subscriber().name(),
          context.namespaceOf(subscriber()),
          ns);
    }
    path()
        .filter(p -> !p.startsWith("/"))
        .ifPresent(
            p ->
                checks.error(
                    EventRules.INVALID_SUBSCRIBER,
                    "path",
                    "expected a path starting with /, was \"%s\"",
                    p));
    new TreeMap<>(filters())
        .keySet()
        .forEach(
            k -> {
              if (!ATTRIBUTE.matcher(k).matches()) {
                checks.error(
                    EventRules.INVALID_FILTER,
                    "filters[" + k + "]",
                    "\"%s\" is not a CloudEvents attribute name (lower-case letters and digits,"
                        + " at most 20)",
                    k);
              }
            });
    delivery().ifPresent(d -> d.validate(checks, "delivery"));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    TriggerBuilder trigger =
        new TriggerBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withBroker(broker().name())
            .withSubscriber(EventDestinations.of(subscriber(), context, path().orElse(null)))
            .withDelivery(delivery().map(EventDelivery::toSpec).orElse(null))
            .endSpec();
    if (!filters().isEmpty()) {
      trigger
          .editSpec()
          .withNewFilter()
          .withAttributes(new TreeMap<>(filters()))
          .endFilter()
          .endSpec();
    }
    return List.of(trigger.build());
  }

  @Override
  public List<Edge> edges(SynthContext context) {
    String label = filters().getOrDefault("type", "events");
    return List.of(
        new Edge(context.idOf(broker()), context.idOf(this), "", Edge.Style.TRAFFIC),
        new Edge(context.idOf(this), context.idOf(subscriber()), label, Edge.Style.TRAFFIC));
  }

  /** Builds a {@link Trigger}. */
  public static class Builder extends ImmutableTrigger.Builder {}
}
