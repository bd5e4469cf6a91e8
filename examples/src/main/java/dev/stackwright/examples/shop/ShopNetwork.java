package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.network.Cidr;
import dev.stackwright.network.Connections;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.HttpRoutes;
import dev.stackwright.network.Peer;
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
  /** Where the cluster's API server listens, for the snapshot job; cluster-specific. */
  static final Cidr CONTROL_PLANE = Cidr.of("10.0.0.0/28");

  private final Environment env;
  private final ShopCompute compute;
  private final ShopStorage storage;
  final Service web;
  final Service api;
  final Service apiCanary;
  final Service postgres;
  final Service redis;

  ShopNetwork(Environment env, ShopCompute compute, ShopStorage storage) {
    this.env = env;
    this.compute = compute;
    this.storage = storage;
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

  private HttpRoutes routes() {
    boolean prod = env.is("prod");
    String host = prod ? "shop.example.com" : "shop.dev.example.com";
    HttpRoutes.Builder routes =
        HttpRoutes.builder()
            .name("shop")
            .addRoute(Route.of(host, "/", web, "http"))
            .addTls(Tls.of(prod ? "shop-tls" : "shop-dev-tls", host));
    return prod
        ? routes.target(RoutingTarget.GATEWAY_API).gatewayClassName("istio").build()
        : routes.target(RoutingTarget.INGRESS).ingressClassName("nginx").build();
  }

  private Connections connections(ShopMesh mesh) {
    boolean prod = env.is("prod");
    Connections.Builder c = Connections.builder().name("shop");
    // Public traffic reaches the web pods through the gateway (its pods run in the Gateway's
    // namespace with Istio) or the ingress controller.
    c.allowFromNamespace(prod ? ShopNamespaces.SHOP : "ingress-nginx", compute.web, "http");
    c.allow(compute.web, compute.api, "http");
    c.allow(compute.web, compute.apiCanary, "http");
    for (PodSet app : List.of(compute.api, compute.apiCanary, compute.worker)) {
      c.allow(app, compute.postgres, "postgres");
      c.allow(app, compute.redis, "redis");
      c.allowFromNamespace(ShopNamespaces.MONITORING, app, "metrics");
      // Egress to the collector by namespace: a peer in the stack would put the monitoring
      // namespace (and the upstream monitoring charts' pods) under default-deny too.
      c.allow(Peer.of(app), Peer.namespace(ShopNamespaces.MONITORING), "4317");
    }
    c.allow(compute.report, compute.postgres, "postgres");
    // The snapshot job creates and prunes VolumeSnapshots through the API server.
    c.allowToCidr(storage.nightlySnapshots(compute.postgres), CONTROL_PLANE, 443);
    for (PodSet meshed :
        List.of(
            compute.web,
            compute.api,
            compute.apiCanary,
            compute.worker,
            compute.report,
            compute.postgres,
            compute.redis)) {
      for (int port : mesh.controlPlanePorts()) {
        c.allow(
            Peer.of(meshed), Peer.namespace(mesh.controlPlaneNamespace()), String.valueOf(port));
      }
    }
    return c.build();
  }

  List<Component> components(ShopMesh mesh) {
    List<Component> all = new ArrayList<>(List.of(web, api, apiCanary, postgres, redis, routes()));
    all.add(connections(mesh));
    return all;
  }
}
