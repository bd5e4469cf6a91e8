package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.network.Cidr;
import dev.stackwright.network.Connections;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.GatewayApiCrds;
import dev.stackwright.network.HttpRoutes;
import dev.stackwright.network.IngressNginx;
import dev.stackwright.network.Route;
import dev.stackwright.network.RoutingTarget;
import dev.stackwright.network.Service;
import dev.stackwright.network.Tls;
import java.util.ArrayList;
import java.util.List;

/**
 * Network: a Service per workload, public HTTPS routing (Gateway API in prod, Ingress in dev, from
 * the same route description), and the traffic the shop allows, declared once as connections from
 * which every NetworkPolicy is derived (default-deny plus DNS for the namespace).
 */
final class ShopNetwork {
  /** Where the cluster's API server listens: a fact of the cluster the shop runs on. */
  static final Cidr CONTROL_PLANE = Cidr.of("10.0.0.0/28");

  private final Environment env;
  private final TargetCluster target;
  private final ShopCompute compute;
  final Service web;
  final Service api;
  final Service apiCanary;
  final Service postgres;
  final Service redis;

  ShopNetwork(Environment env, ShopCompute compute) {
    this(env, ShopPlatform.target(env), compute);
  }

  /**
   * The network of {@code env} on {@code target}: hosts under the cluster's domain (when it states
   * one), and on OpenShift its router's ingress class instead of an ingress-nginx of the stack's.
   */
  ShopNetwork(Environment env, TargetCluster target, ShopCompute compute) {
    this.env = env;
    this.target = target;
    this.compute = compute;
    this.web = Service.builder(compute.web).addPort(ExposedPort.of(80, "http")).build();
    this.api =
        Service.builder(compute.api)
            .addPort(ExposedPort.of(80, "http"))
            .addPort(ExposedPort.of(9090, "metrics"))
            .build();
    this.apiCanary =
        Service.builder(compute.apiCanary)
            .addPort(ExposedPort.of(80, "http"))
            .addPort(ExposedPort.of(9090, "metrics"))
            .build();
    // Headless: the StatefulSet's governing service, giving postgres-0 a stable DNS name.
    this.postgres = Service.headless(compute.postgres);
    this.redis = Service.of(compute.redis);
  }

  /** The routes; their TLS Secrets are issued by the certificates of {@link ShopSecurity}. */
  HttpRoutes routes() {
    boolean prod = env.is("prod");
    String host =
        target
            .domain()
            .map(d -> "shop." + d)
            .orElse(prod ? "shop.example.com" : "shop.dev.example.com");
    HttpRoutes.Builder routes =
        HttpRoutes.builder()
            .name("shop")
            .addRoute(Route.of(host, "/", web, "http"))
            .addTls(Tls.issued(prod ? "shop-tls" : "shop-dev-tls", host));
    if (prod) {
      return routes.target(RoutingTarget.GATEWAY_API).gatewayClassName("istio").build();
    }
    if (target.distribution() == Distribution.OPENSHIFT) {
      // OpenShift's default router serves Ingresses of its class from openshift-ingress.
      return routes
          .target(RoutingTarget.INGRESS)
          .ingressClassName("openshift-default")
          .routerNamespace("openshift-ingress")
          .putRouterPodLabel(
              "ingresscontroller.operator.openshift.io/deployment-ingresscontroller", "default")
          .build();
    }
    return routes
        .target(RoutingTarget.INGRESS)
        .ingressClassName("nginx")
        .routerNamespace(ShopNamespaces.INGRESS)
        .putRouterPodLabel("app.kubernetes.io/name", "ingress-nginx")
        .putRouterPodLabel("app.kubernetes.io/component", "controller")
        .build();
  }

  /**
   * The flows the shop's own code makes. What other layers need (the mesh's control plane, the
   * collector, scraping, the snapshot job's API calls, the router in front of web) they state
   * themselves, and the connections derive it.
   */
  private Connections connections() {
    Connections.Builder c =
        Connections.builder()
            .name("shop")
            .apiServer(CONTROL_PLANE)
            // The monitoring charts' pods share the collector's namespace: isolate the collector
            // alone rather than the whole namespace.
            .addSharedNamespaces(ShopNamespaces.MONITORING);
    c.allow(compute.web, compute.api, "http");
    c.allow(compute.web, compute.apiCanary, "http");
    for (PodSet app : List.of(compute.api, compute.apiCanary, compute.worker)) {
      c.allow(app, compute.postgres, "postgres");
      c.allow(app, compute.redis, "redis");
    }
    c.allow(compute.report, compute.postgres, "postgres");
    return c.build();
  }

  List<Component> components() {
    // Prod routes through the Gateway API, whose CRDs the stack installs; dev through the
    // ingress-nginx controller it installs.
    List<Component> out = new ArrayList<>();
    if (env.is("prod")) {
      out.add(GatewayApiCrds.standard(ShopNamespaces.KUBE_SYSTEM));
    } else if (target.distribution() != Distribution.OPENSHIFT) {
      out.add(IngressNginx.release(ShopNamespaces.INGRESS, "nginx", 1));
    }
    out.addAll(List.of(web, api, apiCanary, postgres, redis, routes(), connections()));
    return out;
  }
}
