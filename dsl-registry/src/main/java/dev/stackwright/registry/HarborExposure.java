package dev.stackwright.registry;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How Harbor is reached from outside the cluster, on its host: through an Ingress of a class a
 * controller of the stack serves (the chart's {@code expose.type: ingress}), or through a Gateway
 * of a served gateway class that Harbor's component synthesizes, with the chart's HTTPRoute
 * attached ({@code expose.type: route}). Either way TLS terminates with the Secret Harbor names.
 *
 * <pre>{@code
 * HarborExposure.ingress("nginx")
 * HarborExposure.gateway("istio")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class HarborExposure {

  /** The ingress class, when exposed through an Ingress. */
  public abstract Optional<String> ingressClassName();

  /** The gateway class of Harbor's own Gateway, when exposed through Gateway API. */
  public abstract Optional<String> gatewayClassName();

  /** Through an Ingress of class {@code className}. */
  public static HarborExposure ingress(String className) {
    return ImmutableHarborExposure.builder().ingressClassName(className).build();
  }

  /** Through a Gateway of class {@code className} with the chart's HTTPRoute. */
  public static HarborExposure gateway(String className) {
    return ImmutableHarborExposure.builder().gatewayClassName(className).build();
  }

  @Value.Check
  void check() {
    if (ingressClassName().isPresent() == gatewayClassName().isPresent()) {
      throw new IllegalStateException(
          "HarborExposure: expected an ingress class or a gateway class, not both or neither");
    }
  }
}
