package dev.stackwright.mesh;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link MeshRoute} for Linkerd: an outbound Gateway API HTTPRoute attached to the
 * service (parent kind Service, group {@code core} as Linkerd documents it), with weighted backends
 * and Linkerd's retry and timeout annotations.
 */
final class LinkerdTraffic {
  /** The annotation naming the response classes Linkerd retries. */
  static final String RETRY_HTTP = "retry.linkerd.io/http";

  /** The annotation limiting the number of retries. */
  static final String RETRY_LIMIT = "retry.linkerd.io/limit";

  /** The annotation limiting each try. */
  static final String RETRY_TIMEOUT = "retry.linkerd.io/timeout";

  /** The annotation limiting the whole request. */
  static final String REQUEST_TIMEOUT = "timeout.linkerd.io/request";

  private LinkerdTraffic() {}

  static HasMetadata render(SynthContext context, MeshRoute route) {
    Map<String, String> annotations = new TreeMap<>();
    route.timeout().ifPresent(t -> annotations.put(REQUEST_TIMEOUT, t));
    route
        .retry()
        .ifPresent(
            r -> {
              annotations.put(RETRY_HTTP, r.retryOn());
              annotations.put(RETRY_LIMIT, String.valueOf(r.attempts()));
              r.perTryTimeout().ifPresent(t -> annotations.put(RETRY_TIMEOUT, t));
            });
    ObjectMetaBuilder meta = context.metadata(route);
    if (!annotations.isEmpty()) {
      meta.withAnnotations(annotations);
    }
    HTTPRouteRuleBuilder rule = new HTTPRouteRuleBuilder();
    for (WeightedBackend b : route.effectiveBackends()) {
      rule.addToBackendRefs(
          new HTTPBackendRefBuilder()
              .withName(b.service().name())
              .withPort(route.portOn(b.service()).orElse(0))
              .withWeight(b.weight())
              .build());
    }
    return new HTTPRouteBuilder()
        .withMetadata(meta.build())
        .withNewSpec()
        .addNewParentRef()
        .withGroup("core")
        .withKind("Service")
        .withName(route.service().name())
        .withPort(route.portOn(route.service()).orElse(0))
        .endParentRef()
        .addToRules(rule.build())
        .endSpec()
        .build();
  }
}
