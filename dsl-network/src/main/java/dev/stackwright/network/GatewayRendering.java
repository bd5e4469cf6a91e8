package dev.stackwright.network;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewaySpecBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatchBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatchBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpecBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ListenerBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReferenceBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.SecretObjectReferenceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link HttpRoutes} for the Gateway API (gateway.networking.k8s.io/v1): a Gateway with an
 * HTTP listener and an HTTPS listener per TLS host (unless the routes attach to an existing
 * Gateway), and an HTTPRoute per host.
 */
final class GatewayRendering {
  private GatewayRendering() {}

  static List<HasMetadata> render(HttpRoutes r, SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    if (r.gateway().isEmpty()) {
      out.add(gateway(r, context));
    }
    Map<String, List<Route>> byHost = new LinkedHashMap<>();
    for (Route route : r.routes()) {
      byHost.computeIfAbsent(route.host().orElse(""), h -> new ArrayList<>()).add(route);
    }
    ParentReference parent = parent(r);
    byHost.forEach(
        (host, routes) -> {
          String name =
              byHost.size() == 1 || host.isEmpty() ? r.name() : r.name() + "-" + slug(host);
          HTTPRouteSpecBuilder spec = new HTTPRouteSpecBuilder().withParentRefs(parent);
          if (!host.isEmpty()) {
            spec.withHostnames(host);
          }
          for (Route route : routes) {
            spec.addToRules(rule(route, context));
          }
          out.add(
              new HTTPRouteBuilder()
                  .withMetadata(IngressRendering.metadata(r, context, name))
                  .withSpec(spec.build())
                  .build());
        });
    return out;
  }

  private static HasMetadata gateway(HttpRoutes r, SynthContext context) {
    GatewaySpecBuilder spec =
        new GatewaySpecBuilder()
            .withGatewayClassName(r.gatewayClassName().orElse(null))
            .addToListeners(
                new ListenerBuilder().withName("http").withProtocol("HTTP").withPort(80).build());
    for (Tls tls : r.tls()) {
      for (String host : tls.hosts()) {
        spec.addToListeners(
            new ListenerBuilder()
                .withName("https-" + slug(host))
                .withProtocol("HTTPS")
                .withPort(443)
                .withHostname(host)
                .withNewTls()
                .withMode("Terminate")
                .withCertificateRefs(
                    new SecretObjectReferenceBuilder()
                        .withKind("Secret")
                        .withName(tls.secretName())
                        .build())
                .endTls()
                .build());
      }
    }
    return new GatewayBuilder()
        .withMetadata(IngressRendering.metadata(r, context, r.name()))
        .withSpec(spec.build())
        .build();
  }

  private static ParentReference parent(HttpRoutes r) {
    if (r.gateway().isEmpty()) {
      return new ParentReferenceBuilder().withName(r.name()).build();
    }
    GatewayRef g = r.gateway().get();
    ParentReferenceBuilder b = new ParentReferenceBuilder().withName(g.name());
    g.namespace().ifPresent(b::withNamespace);
    g.sectionName().ifPresent(b::withSectionName);
    return b.build();
  }

  private static HTTPRouteRule rule(Route route, SynthContext context) {
    HTTPRouteMatchBuilder match =
        new HTTPRouteMatchBuilder()
            .withNewPath()
            .withType(route.pathType().gatewayValue())
            .withValue(route.path())
            .endPath();
    for (HeaderMatch h : route.headers()) {
      match.addToHeaders(
          new HTTPHeaderMatchBuilder()
              .withName(h.name())
              .withValue(h.value())
              .withType(h.regex() ? "RegularExpression" : "Exact")
              .build());
    }
    HTTPRouteRuleBuilder rule = new HTTPRouteRuleBuilder().withMatches(match.build());
    for (RouteFilter f : route.filters()) {
      rule.addToFilters(f.toGateway());
    }
    for (Backend b : route.backends()) {
      Service service = RouteChecks.resolve(b, context);
      HTTPBackendRefBuilder ref =
          new HTTPBackendRefBuilder()
              .withName(service.name())
              .withPort(service.exposedPort(b.port()).map(ExposedPort::port).orElse(null));
      b.weight().ifPresent(ref::withWeight);
      rule.addToBackendRefs(ref.build());
    }
    return rule.build();
  }

  /** A host as a name part: {@code *.example.com} becomes {@code wildcard-example-com}. */
  static String slug(String host) {
    return host.replace("*", "wildcard").replace('.', '-');
  }
}
