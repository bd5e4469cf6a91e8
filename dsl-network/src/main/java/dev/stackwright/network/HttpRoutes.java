package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.TlsEndpoint;
import dev.stackwright.core.contract.TlsServer;
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
 *
 * <p>The routes and the network policies agree: the pods that serve the routes (the router: an
 * ingress controller's or a gateway implementation's) need to reach every routed service's target
 * port, and, when the stack synthesizes the Gateway, to be reached from anywhere on its listener
 * ports. Istio's pods for a Gateway are derived (the Gateway's namespace, label {@value
 * #GATEWAY_NAME_LABEL}); any other router is stated once with {@link #routerNamespace()} and {@link
 * #routerPodLabels()}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class HttpRoutes implements Component, TopologySource, NetworkNeeds, TlsServer {

  /** The label Istio puts on the pods it deploys for a Gateway: the Gateway's name. */
  public static final String GATEWAY_NAME_LABEL = "gateway.networking.k8s.io/gateway-name";

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

  /** TLS termination per host, with certificates from existing Secrets or the stack's own. */
  public abstract List<Tls> tls();

  /** The certificates the routes' TLS refers to directly: applied before the routes. */
  @Override
  public List<Component> dependsOn() {
    return tls().stream()
        .flatMap(t -> t.certificate().stream())
        .map(Component.class::cast)
        .distinct()
        .toList();
  }

  /** Each TLS entry: its hosts, its Secret, and the certificate or existing Secret behind it. */
  @Override
  public List<TlsEndpoint> tlsEndpoints() {
    return tls().stream()
        .map(
            t ->
                TlsEndpoint.builder()
                    .secretName(t.secretName())
                    .hosts(t.hosts())
                    .certificate(t.certificate())
                    .existingSecret(t.existingSecret())
                    .build())
        .toList();
  }

  /** The IngressClass that serves the Ingress; the cluster's default class when absent. */
  public abstract Optional<String> ingressClassName();

  /** The GatewayClass of the Gateway synthesized for the routes (Gateway API target). */
  public abstract Optional<String> gatewayClassName();

  /** An existing Gateway to attach the routes to, instead of synthesizing one. */
  public abstract Optional<GatewayRef> gateway();

  /**
   * The namespace of the pods that serve these routes (say {@code ingress-nginx}); derived for a
   * Gateway of class {@code istio}, unset otherwise: then no flow of the router is derived.
   */
  public abstract Optional<String> routerNamespace();

  /**
   * The labels of the pods that serve these routes in {@link #routerNamespace()}; derived for a
   * Gateway of class {@code istio}; every pod of that namespace when empty.
   */
  public abstract Map<String, String> routerPodLabels();

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
   * The router's flows: from anywhere to it on the listener ports of the Gateway the stack
   * synthesizes, and from it to the target port of every routed service.
   */
  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    Optional<NetworkPeer> router = routerPods(context);
    if (router.isEmpty()) {
      return List.of();
    }
    List<NetworkNeed> needs = new ArrayList<>();
    if (target() == RoutingTarget.GATEWAY_API && gateway().isEmpty()) {
      List<String> listeners = new ArrayList<>(List.of("80"));
      if (!tls().isEmpty()) {
        listeners.add("443");
      }
      needs.add(
          NetworkNeed.of(NetworkPeer.anywhere(), router.get(), listeners.toArray(String[]::new)));
    }
    for (Route route : routes()) {
      for (Backend backend : route.backends()) {
        Optional<PodSet> pods = backend.service().target();
        Optional<ExposedPort> port = backend.service().exposedPort(backend.port());
        if (pods.isPresent() && port.isPresent()) {
          NetworkNeed need =
              NetworkNeed.of(router.get(), NetworkPeer.pods(pods.get()), port.get().target());
          if (!needs.contains(need)) {
            needs.add(need);
          }
        }
      }
    }
    return needs;
  }

  /** The pods serving these routes, stated or derived; empty when unknown. */
  private Optional<NetworkPeer> routerPods(SynthContext context) {
    if (routerNamespace().isPresent()) {
      return Optional.of(
          NetworkPeer.selected(name() + "-router", routerNamespace().get(), routerPodLabels()));
    }
    if (target() == RoutingTarget.GATEWAY_API
        && gateway().isEmpty()
        && gatewayClassName().filter("istio"::equals).isPresent()) {
      return Optional.of(
          NetworkPeer.selected(
              name() + "-gateway", context.namespaceOf(this), Map.of(GATEWAY_NAME_LABEL, name())));
    }
    return Optional.empty();
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
