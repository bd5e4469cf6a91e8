package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.knative.sources.v1.PingSourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Knative event source that sends a fixed CloudEvent on a cron schedule to a {@link Broker} or
 * straight to a {@link ServerlessWorkload}. Synthesizes into a {@code PingSource}
 * (sources.knative.dev/v1). The schedule is checked like a {@link ScheduledJob}'s.
 *
 * <pre>{@code
 * PingSource.builder().name("nightly").schedule("0 3 * * *").timeZone("Europe/Paris")
 *     .data("{\"report\":\"daily\"}").sink(orders).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class PingSource implements Component, TopologySource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The cron schedule. */
  public abstract String schedule();

  /** The IANA time zone of the schedule; UTC when unset. */
  public abstract Optional<String> timeZone();

  /** The event's data; empty by default. */
  public abstract Optional<String> data();

  /** The data's media type; {@code application/json}. */
  @Value.Default
  public String contentType() {
    return "application/json";
  }

  /** Where the events go: a {@link Broker} or a {@link ServerlessWorkload} of the stack. */
  public abstract Component sink();

  @Override
  public String kind() {
    return "pingsource";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(sink());
  }

  /** A builder for a ping source. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    String problem = Cron.problem(schedule());
    if (problem != null) {
      checks.error(ComputeRules.INVALID_SCHEDULE, "schedule", "%s", problem);
    }
    timeZone().ifPresent(z -> checks.timeZone("timeZone", z));
    if (!(sink() instanceof Broker) && !(sink() instanceof ServerlessWorkload)) {
      checks.error(
          EventRules.INVALID_SINK,
          "sink",
          "%s cannot receive events: a source sends them to a Broker or a ServerlessWorkload",
          EventDestinations.describe(sink()));
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new PingSourceBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withSchedule(schedule().trim())
            .withTimezone(timeZone().orElse(null))
            .withContentType(data().isPresent() ? contentType() : null)
            .withData(data().orElse(null))
            .withSink(EventDestinations.of(sink(), context, null))
            .endSpec()
            .build());
  }

  @Override
  public List<Edge> edges(SynthContext context) {
    return List.of(
        new Edge(context.idOf(this), context.idOf(sink()), schedule().trim(), Edge.Style.TRAFFIC));
  }

  /** Builds a {@link PingSource}. */
  public static class Builder extends ImmutablePingSource.Builder {}
}
