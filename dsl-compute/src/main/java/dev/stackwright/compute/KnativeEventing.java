package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code KnativeEventing} resource (operator.knative.dev/v1beta1) that makes the {@link
 * KnativeOperator} deploy Knative Eventing (with its in-memory channel and the channel-based
 * broker) in namespace {@code knative-eventing}. It provides the eventing and source kinds, so
 * {@link Broker}s, {@link Trigger}s and {@link PingSource}s are applied in a stage after it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class KnativeEventing implements Component, Provider {

  /** The kinds Knative Eventing installs. */
  public static final CrdSet KINDS =
      CrdSet.of("eventing.knative.dev", "Broker", "Trigger", "EventType")
          .and(
              ApiKind.of("sources.knative.dev", "PingSource"),
              ApiKind.of("sources.knative.dev", "ApiServerSource"),
              ApiKind.of("sources.knative.dev", "ContainerSource"),
              ApiKind.of("sources.knative.dev", "SinkBinding"),
              ApiKind.of("messaging.knative.dev", "Channel"),
              ApiKind.of("messaging.knative.dev", "InMemoryChannel"),
              ApiKind.of("messaging.knative.dev", "Subscription"));

  private static final String DEFAULT_CHANNEL =
      """
      clusterDefault:
        apiVersion: messaging.knative.dev/v1
        kind: InMemoryChannel
      """;

  /** {@code knative-eventing}. */
  @Override
  @Value.Default
  public String name() {
    return "knative-eventing";
  }

  /** {@code knative-eventing}: the operator deploys Eventing into the resource's namespace. */
  @Override
  @Value.Default
  public Optional<String> namespace() {
    return Optional.of("knative-eventing");
  }

  /** The Knative Eventing version; the operator's ({@code 1.22}). */
  @Value.Default
  public String version() {
    return "1.22";
  }

  @Override
  public String kind() {
    return "knative-eventing";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<ApiKind> installedKinds() {
    return KINDS.kinds();
  }

  /** A builder for the KnativeEventing resource. */
  public static Builder builder() {
    return new Builder();
  }

  /** The KnativeEventing resource with its defaults. */
  public static KnativeEventing of() {
    return builder().build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion("operator.knative.dev/v1beta1")
            .withKind("KnativeEventing")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of(
                        "version",
                        version(),
                        "config",
                        Map.of(
                            "default-ch-webhook", Map.of("default-ch-config", DEFAULT_CHANNEL)))))
            .build());
  }

  /** Builds a {@link KnativeEventing}. */
  public static class Builder extends ImmutableKnativeEventing.Builder {}
}
