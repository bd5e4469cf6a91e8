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
 * The {@code KnativeServing} resource (operator.knative.dev/v1beta1) that makes the {@link
 * KnativeOperator} deploy Knative Serving with the Kourier ingress in namespace {@code
 * knative-serving}. It provides the serving kinds, so {@link ServerlessWorkload}s are applied in a
 * stage after it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class KnativeServing implements Component, Provider {

  /** The kinds Knative Serving installs. */
  public static final CrdSet KINDS =
      CrdSet.of(
          "serving.knative.dev", "Service", "Configuration", "Revision", "Route", "DomainMapping");

  /** {@code knative-serving}. */
  @Override
  @Value.Default
  public String name() {
    return "knative-serving";
  }

  /** {@code knative-serving}: the operator deploys Eventing into the resource's namespace. */
  @Override
  @Value.Default
  public Optional<String> namespace() {
    return Optional.of("knative-serving");
  }

  /** The Knative Serving version; the operator's ({@code 1.22}). */
  @Value.Default
  public String version() {
    return "1.22";
  }

  @Override
  public String kind() {
    return "knative-serving";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<ApiKind> installedKinds() {
    return KINDS.kinds();
  }

  /** A builder for the KnativeServing resource. */
  public static Builder builder() {
    return new Builder();
  }

  /** The KnativeServing resource with its defaults. */
  public static KnativeServing of() {
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
            .withKind("KnativeServing")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of(
                        "version",
                        version(),
                        "ingress",
                        Map.of("kourier", Map.of("enabled", true)),
                        "config",
                        Map.of(
                            "network",
                            Map.of("ingress-class", "kourier.ingress.networking.knative.dev")))))
            .build());
  }

  /** Builds a {@link KnativeServing}. */
  public static class Builder extends ImmutableKnativeServing.Builder {}
}
