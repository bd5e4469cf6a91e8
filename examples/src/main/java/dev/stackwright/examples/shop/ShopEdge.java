package dev.stackwright.examples.shop;

import dev.stackwright.compute.Workload;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.network.Connections;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.HttpRoutes;
import dev.stackwright.network.Route;
import dev.stackwright.network.RoutingTarget;
import dev.stackwright.network.Service;
import dev.stackwright.network.Tls;

/**
 * The shop's edge subset, what a k3s cluster in a store runs: the web front end, a read-only API
 * with a Redis cache, nothing stateful (no Ceph, no PostgreSQL: the edge has k3s's {@code
 * local-path} storage and keeps nothing worth a volume), routed through k3s's own Traefik ({@code
 * traefik} ingress class) rather than an ingress-nginx of the stack's. Its pods run on the
 * cluster's {@value #EDGE_POOL} pool when the profile has one, which refuses what edge nodes cannot
 * run.
 */
public final class ShopEdge {
  /** The node pool the edge pods are placed on, when the cluster has it. */
  public static final String EDGE_POOL = "edge";

  private static final NamedPort HTTP = ShopCompute.HTTP;

  private ShopEdge() {}

  /** The edge stack for {@code env} on the k3s cluster {@code target}. */
  public static Stack stack(Environment env, TargetCluster target) {
    boolean onPool = target.nodePool(EDGE_POOL).isPresent();
    Workload web = place(web(), onPool);
    Workload api = place(api(), onPool);
    Workload redis = place(redis(), onPool);
    Service webService = Service.builder(web).addPort(ExposedPort.of(80, "http")).build();
    Service apiService = Service.builder(api).addPort(ExposedPort.of(80, "http")).build();
    Service redisService = Service.of(redis);
    String host = "shop." + target.domain().orElse("edge.example.com");
    HttpRoutes routes =
        HttpRoutes.builder()
            .name("shop")
            .addRoute(Route.of(host, "/", webService, "http"))
            .addTls(Tls.of("shop-edge-tls", host))
            .target(RoutingTarget.INGRESS)
            .ingressClassName("traefik")
            .routerNamespace(ShopNamespaces.KUBE_SYSTEM)
            .putRouterPodLabel("app.kubernetes.io/name", "traefik")
            .build();
    Connections.Builder c = Connections.builder().name("shop").apiServer(ShopNetwork.CONTROL_PLANE);
    c.allow(web, api, "http");
    c.allow(api, redis, "redis");
    Namespace.Builder shop = Namespace.builder().name(ShopNamespaces.SHOP);
    target.region().ifPresent(region -> shop.putLabel(ShopPlatform.REGION_LABEL, region));
    return Stack.builder()
        .name("shop")
        .environment(env)
        .version("1.4.0")
        .target(target)
        .defaultNamespace(ShopNamespaces.SHOP)
        .putLabel("example.com/team", "shop")
        .addNamespace(shop.build())
        .addNamespace(Namespace.existing(ShopNamespaces.KUBE_SYSTEM))
        .add(web, api, redis, webService, apiService, redisService, routes, c.build())
        .build();
  }

  private static Workload place(Workload w, boolean onPool) {
    return onPool ? Workload.builder().from(w).nodePool(EDGE_POOL).build() : w;
  }

  private static Workload web() {
    return Workload.builder()
        .name("web")
        .replicas(1)
        .addContainer(
            service("web", "2.3.1")
                .addEnv(Env.of("API_URL", "http://api.shop.svc.cluster.local"))
                .build())
        .build();
  }

  private static Workload api() {
    return Workload.builder()
        .name("api")
        .replicas(1)
        .addContainer(
            service("api", "1.4.0")
                .addEnv(Env.of("READ_ONLY", "true"))
                .addEnv(Env.of("REDIS_ADDR", "redis.shop.svc.cluster.local:6379"))
                .build())
        .build();
  }

  private static Workload redis() {
    return Workload.builder()
        .name("redis")
        .replicas(1)
        .runAsUser(999L)
        .runAsGroup(999L)
        .addContainer(
            Container.builder()
                .name("redis")
                .image("docker.io/library/redis:7.4.1")
                .addArgs("--save", "", "--appendonly", "no")
                .addPort(ShopCompute.REDIS)
                .resources(Resources.of("50m", "64Mi").limits("250m", "128Mi"))
                .readinessProbe(Probe.tcp("redis"))
                .livenessProbe(Probe.tcp("redis"))
                .addMount(Mount.scratch("/data"))
                .build())
        .build();
  }

  private static Container.Builder service(String image, String version) {
    return Container.builder()
        .name("app")
        .image(ShopCompute.REGISTRY + image + ":" + version)
        .addPort(HTTP)
        .resources(Resources.of("50m", "64Mi").limits("250m", "128Mi"))
        .addMount(Mount.scratch("/tmp"))
        .readinessProbe(Probe.http("/healthz", "http"))
        .livenessProbe(Probe.http("/livez", "http"));
  }
}
