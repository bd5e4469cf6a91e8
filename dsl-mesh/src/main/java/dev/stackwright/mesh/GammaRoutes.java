package dev.stackwright.mesh;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;

/**
 * Renders a {@link MeshRoute} for Istio as a Gateway API mesh route (GAMMA): an HTTPRoute
 * (gateway.networking.k8s.io/v1, standard channel of v1.3.0) whose parent is the routed Service
 * (group {@code ""}, kind {@code Service}), with weighted backendRefs and the request timeout in
 * {@code rules[].timeouts.request}. Retries (experimental channel only) and fault injection have no
 * standard HTTPRoute field; {@link MeshRouteCheck} reports them.
 */
final class GammaRoutes {
  private GammaRoutes() {}

  static HasMetadata istio(SynthContext context, MeshRoute route) {
    HTTPRouteRuleBuilder rule = new HTTPRouteRuleBuilder();
    for (WeightedBackend b : route.effectiveBackends()) {
      rule.addToBackendRefs(
          new HTTPBackendRefBuilder()
              .withName(b.service().name())
              .withPort(route.portOn(b.service()).orElse(0))
              .withWeight(b.weight())
              .build());
    }
    route.timeout().ifPresent(t -> rule.withNewTimeouts().withRequest(t).endTimeouts());
    return new HTTPRouteBuilder()
        .withMetadata(context.metadata(route).build())
        .withNewSpec()
        .addNewParentRef()
        .withGroup("")
        .withKind("Service")
        .withName(route.service().name())
        .withPort(route.portOn(route.service()).orElse(0))
        .endParentRef()
        .addToRules(rule.build())
        .endSpec()
        .build();
  }
}
