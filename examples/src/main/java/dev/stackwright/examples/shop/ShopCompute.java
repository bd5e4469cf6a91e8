package dev.stackwright.examples.shop;

import dev.stackwright.compute.Autoscaling;
import dev.stackwright.compute.Config;
import dev.stackwright.compute.DisruptionBudget;
import dev.stackwright.compute.PodPlacement;
import dev.stackwright.compute.ScheduledJob;
import dev.stackwright.compute.Scheduling;
import dev.stackwright.compute.StatefulWorkload;
import dev.stackwright.compute.Workload;
import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import java.util.List;

/**
 * Compute: the web front end, the API and its canary, the worker, the nightly report, PostgreSQL
 * and Redis. Every pod runs under the restricted Pod Security Standard; nothing opts out.
 */
final class ShopCompute {
  static final String REGISTRY = "registry.example.com/shop/";
  static final NamedPort HTTP = NamedPort.of("http", 8080);
  static final NamedPort METRICS = NamedPort.of("metrics", 9090);
  static final NamedPort POSTGRES = NamedPort.of("postgres", 5432);
  static final NamedPort REDIS = NamedPort.of("redis", 6379);

  /** The Secret holding the database URL and password, written by an ExternalSecret. */
  static final String DATABASE_SECRET = "shop-database";

  private static final SecretRef DATABASE = ShopSecurity.DATABASE.ref();

  final Config apiConfig;
  final Workload web;
  final Workload api;
  final Workload apiCanary;
  final Workload worker;
  final ScheduledJob report;
  final StatefulWorkload postgres;
  final Workload redis;

  ShopCompute(Environment env, ShopStorage storage) {
    boolean prod = env.is("prod");
    this.apiConfig =
        Config.builder()
            .name("api-config")
            .namespace(ShopNamespaces.SHOP)
            .putData("LOG_LEVEL", prod ? "info" : "debug")
            .putData("CART_TTL", "24h")
            .putData("FEATURE_RECOMMENDATIONS", prod ? "false" : "true")
            .build();
    this.web =
        Workload.builder()
            .name("web")
            .replicas(prod ? 3 : 1)
            .addContainer(
                service("web", "2.3.1", HTTP)
                    .addEnv(Env.of("API_URL", "http://api.shop.svc.cluster.local"))
                    .build())
            .scheduling(spread(prod))
            .build();
    this.api = api("api", "1.4.0", prod, prod ? 3 : 1);
    this.apiCanary = api("api-canary", "1.5.0-rc.1", prod, 1);
    this.worker =
        Workload.builder()
            .name("worker")
            .replicas(prod ? 2 : 1)
            .addContainer(
                app("worker", "1.4.0", METRICS)
                    .addEnv(Env.fromSecret("DATABASE_URL", DATABASE, "url"))
                    .addEnv(Env.of("REDIS_ADDR", "redis.shop.svc.cluster.local:6379"))
                    .readinessProbe(Probe.http("/ready", "metrics"))
                    .livenessProbe(Probe.http("/live", "metrics"))
                    .build())
            .build();
    this.report =
        ScheduledJob.builder()
            .name("nightly-report")
            .schedule("0 3 * * *")
            .timeZone("Europe/Berlin")
            .addContainer(
                app("report", "1.4.0")
                    .addEnv(Env.fromSecret("DATABASE_URL", DATABASE, "url"))
                    .build())
            .build();
    this.postgres =
        StatefulWorkload.builder()
            .name("postgres")
            .replicas(1)
            .runAsUser(999L)
            .runAsGroup(999L)
            .fsGroup(999L)
            .addClaimTemplate(storage.databaseVolume())
            .addContainer(
                Container.builder()
                    .name("postgres")
                    .image("docker.io/library/postgres:16.4")
                    .addPort(POSTGRES)
                    .addEnv(Env.of("PGDATA", "/var/lib/postgresql/data/pgdata"))
                    .addEnv(Env.fromSecret("POSTGRES_PASSWORD", DATABASE, "password"))
                    .resources(
                        prod
                            ? Resources.of("1", "2Gi").limits("2", "4Gi")
                            : Resources.of("250m", "512Mi").limits("1", "1Gi"))
                    .readinessProbe(Probe.exec("pg_isready", "-U", "postgres"))
                    .livenessProbe(Probe.tcp("postgres"))
                    .addMount(Mount.volume("data", "/var/lib/postgresql/data"))
                    .addMount(Mount.scratch("/var/run/postgresql"))
                    .addMount(Mount.scratch("/tmp"))
                    .build())
            .build();
    this.redis =
        Workload.builder()
            .name("redis")
            .replicas(1)
            .runAsUser(999L)
            .runAsGroup(999L)
            .addContainer(
                Container.builder()
                    .name("redis")
                    .image("docker.io/library/redis:7.4.1")
                    .addArgs("--save", "", "--appendonly", "no")
                    .addPort(REDIS)
                    .resources(Resources.of("100m", "256Mi").limits("500m", "512Mi"))
                    .readinessProbe(Probe.tcp("redis"))
                    .livenessProbe(Probe.tcp("redis"))
                    .addMount(Mount.scratch("/data"))
                    .build())
            .build();
  }

  private Workload api(String name, String version, boolean prod, int replicas) {
    Workload.Builder b =
        Workload.builder()
            .name(name)
            .replicas(replicas)
            .addContainer(
                service("api", version, HTTP, METRICS)
                    .addEnv(Env.fromSecret("DATABASE_URL", DATABASE, "url"))
                    .addEnv(Env.of("REDIS_ADDR", "redis.shop.svc.cluster.local:6379"))
                    .addMount(Mount.of(apiConfig, "/etc/shop"))
                    .build())
            .scheduling(spread(prod));
    if (name.equals("api")) {
      b.autoscaling(Autoscaling.cpu(replicas, prod ? 20 : 3, 70));
      if (prod) {
        b.disruptionBudget(DisruptionBudget.minAvailable(2));
      }
    }
    return b.build();
  }

  /** A long-running HTTP service: probes on its http port, limits, scratch space. */
  private static Container.Builder service(String image, String version, NamedPort... ports) {
    return app(image, version, ports)
        .readinessProbe(Probe.http("/healthz", "http"))
        .livenessProbe(Probe.http("/livez", "http"));
  }

  private static Container.Builder app(String image, String version, NamedPort... ports) {
    Container.Builder c =
        Container.builder()
            .name("app")
            .image(REGISTRY + image + ":" + version)
            .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
            .addMount(Mount.scratch("/tmp"));
    for (NamedPort p : ports) {
      c.addPort(p);
    }
    return c;
  }

  private static Scheduling spread(boolean prod) {
    return Scheduling.builder()
        .addPlacement(prod ? PodPlacement.spreadAcrossZones() : PodPlacement.spreadAcrossNodes())
        .build();
  }

  List<Component> components() {
    return List.of(apiConfig, web, api, apiCanary, worker, report, postgres, redis);
  }
}
