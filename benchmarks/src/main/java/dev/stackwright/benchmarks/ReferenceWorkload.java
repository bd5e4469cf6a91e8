package dev.stackwright.benchmarks;

import java.util.Locale;

/**
 * The reference benchmark workload ("N services", see {@code shared/BENCHMARK.md}): the values both
 * sides of the benchmark build from, so the DSL and the floor describe the same services.
 */
public final class ReferenceWorkload {
  /** The stack's name. */
  public static final String STACK = "bench";

  /** The one namespace every service lives in. */
  public static final String NAMESPACE = "bench";

  /** The container port of every service, named {@link #PORT_NAME}. */
  public static final int CONTAINER_PORT = 8080;

  /** The name of the container port. */
  public static final String PORT_NAME = "http";

  /** The port each Service exposes. */
  public static final int SERVICE_PORT = 80;

  /** Where each ConfigMap is mounted. */
  public static final String CONFIG_PATH = "/etc/config";

  private ReferenceWorkload() {}

  /** The name of service {@code i}: {@code svc-<i>}. */
  public static String service(int i) {
    return "svc-" + i;
  }

  /** The name of the ConfigMap of service {@code i}. */
  public static String configName(int i) {
    return service(i) + "-config";
  }

  /** The container image of service {@code i}. */
  public static String image(int i) {
    return "registry.example.com/" + service(i) + ":1.0." + i;
  }

  /** The service allowed to call service {@code i}: the next one, wrapping around. */
  public static int caller(int i, int n) {
    return (i + 1) % n;
  }

  /** The service that service {@code i} calls: the previous one, wrapping around. */
  public static int callee(int i, int n) {
    return (i + n - 1) % n;
  }

  /** The three properties-like config files of service {@code i}, by key. */
  public static String[][] configData(int i) {
    return new String[][] {
      {"application.properties", "service.name=" + service(i) + "\nserver.port=8080\n"},
      {"logging.properties", "level.root=INFO\nlevel." + service(i) + "=DEBUG\n"},
      {
        "features.properties",
        String.format(Locale.ROOT, "feature.search=%b\nfeature.cache.ttl=%d\n", i % 2 == 0, i % 60)
      }
    };
  }

  /** The number of objects the DSL synthesizes (and the floor builds) for {@code n} services. */
  public static int objectCount(int n) {
    // 7 per service (Deployment, ServiceAccount, Service, ConfigMap, HPA, PDB, NetworkPolicy),
    // plus the namespace and its default-deny and DNS egress policies.
    return 7 * n + 3;
  }
}
