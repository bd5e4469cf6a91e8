package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How HTTP traffic from outside the cluster reaches the stack's services, described once and
 * rendered for the target the user picks: a networking.k8s.io/v1 Ingress, or Gateway API
 * (gateway.networking.k8s.io/v1) Gateway and HTTPRoutes. The routes are the same either way.
 *
 * <pre>{@code
 * HttpRoutes shop = HttpRoutes.builder()
 *     .name("shop")
 *     .ingressClassName("nginx")
 *     .addRoute(Route.of("shop.example.com", "/", webService, "http"))
 *     .addRoute(Route.of("shop.example.com", "/api", apiService, "http"))
 *     .addTls(Tls.of("shop-tls", "shop.example.com"))
 *     .build();
 * HttpRoutes onGateway = HttpRoutes.builder().from(shop)
 *     .target(RoutingTarget.GATEWAY_API).gatewayClassName("istio").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class HttpRoutes implements Component, TopologySource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Which API the routes are rendered for; an Ingress by default. */
  @Value.Default
  public RoutingTarget target() {
    return RoutingTarget.INGRESS;
  }

  /** The routes, matched as the target's rules say (most specific first). */
  public abstract List<Route> routes();

  /** TLS termination per host, with certificates from existing Secrets. */
  public abstract List<Tls> tls();

  /** The IngressClass that serves the Ingress; the cluster's default class when absent. */
  public abstract Optional<String> ingressClassName();

  /** The GatewayClass of the Gateway synthesized for the routes (Gateway API target). */
  public abstract Optional<String> gatewayClassName();

  /** An existing Gateway to attach the routes to, instead of synthesizing one. */
  public abstract Optional<GatewayRef> gateway();

  /** Extra labels on every synthesized object. */
  public abstract Map<String, String> labels();

  /** Annotations on every synthesized object (an ingress controller's settings, say). */
  public abstract Map<String, String> annotations();

  @Override
  public String kind() {
    return "routes";
  }

  @Override
  public Layer layer() {
    return Layer.NETWORK;
  }

  /** A builder for routes. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    RouteChecks.validate(this, context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return target() == RoutingTarget.INGRESS
        ? IngressRendering.render(this, context)
        : GatewayRendering.render(this, context);
  }

  /**
   * What identifies the router serving these routes, so claims on one host and path are compared
   * only between routes served by the same ingress class or gateway.
   */
  String router(SynthContext context) {
    if (target() == RoutingTarget.INGRESS) {
      return "ingress " + ingressClassName().orElse("(default)");
    }
    if (gateway().isPresent()) {
      GatewayRef g = gateway().get();
      return "gateway " + g.namespace().orElse(context.namespaceOf(this)) + "/" + g.name();
    }
    return "gateway " + context.namespaceOf(this) + "/" + name();
  }

  /** An arrow from the routes to each backend service, labelled with host and path. */
  @Override
  public List<Edge> edges(SynthContext context) {
    List<Edge> edges = new ArrayList<>();
    for (Route route : routes()) {
      for (Backend backend : route.backends()) {
        String label =
            route.host().orElse("*")
                + route.path()
                + backend.weight().map(w -> " (" + w + "%)").orElse("");
        edges.add(
            new Edge(
                context.idOf(this), context.idOf(backend.service()), label, Edge.Style.TRAFFIC));
      }
    }
    return edges;
  }

  /** Builds {@link HttpRoutes}. */
  public static class Builder extends ImmutableHttpRoutes.Builder {}
}
