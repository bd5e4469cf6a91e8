package dev.stackwright.benchmarks;

import dev.stackwright.compute.Autoscaling;
import dev.stackwright.compute.Config;
import dev.stackwright.compute.DisruptionBudget;
import dev.stackwright.compute.Workload;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.network.Connections;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference workload written with the DSL, through its public API exactly as a user would: per
 * service a {@link Config}, a {@link Workload} with autoscaling and a disruption budget, a {@link
 * Service}, and one {@link Connections} for the whole stack.
 */
public final class DslWorkload {
  private DslWorkload() {}

  /** The stack of {@code n} services. */
  public static Stack stack(int n) {
    List<Component> components = new ArrayList<>(3 * n + 1);
    List<Workload> workloads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Config config = config(i);
      Workload workload = workload(i, config);
      workloads.add(workload);
      components.add(config);
      components.add(workload);
      components.add(
          Service.builder(workload)
              .addPort(
                  ExposedPort.of(ReferenceWorkload.SERVICE_PORT, ReferenceWorkload.CONTAINER_PORT))
              .build());
    }
    Connections.Builder traffic = Connections.builder().name(ReferenceWorkload.STACK);
    for (int i = 0; i < n; i++) {
      traffic.allow(
          workloads.get(ReferenceWorkload.caller(i, n)),
          workloads.get(i),
          ReferenceWorkload.PORT_NAME);
    }
    components.add(traffic.build());
    return Stack.builder()
        .name(ReferenceWorkload.STACK)
        .addNamespace(Namespace.of(ReferenceWorkload.NAMESPACE))
        .add(components)
        .build();
  }

  private static Config config(int i) {
    Config.Builder config =
        Config.builder().name(ReferenceWorkload.configName(i)).hashSuffix(false);
    for (String[] entry : ReferenceWorkload.configData(i)) {
      config.putData(entry[0], entry[1]);
    }
    return config.build();
  }

  private static Workload workload(int i, Config config) {
    return Workload.builder()
        .name(ReferenceWorkload.service(i))
        .replicas(3)
        .addContainer(
            Container.builder()
                .name("app")
                .image(ReferenceWorkload.image(i))
                .addPort(
                    NamedPort.of(ReferenceWorkload.PORT_NAME, ReferenceWorkload.CONTAINER_PORT))
                .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
                .readinessProbe(Probe.http("/healthz", ReferenceWorkload.PORT_NAME))
                .livenessProbe(Probe.http("/livez", ReferenceWorkload.PORT_NAME))
                .addEnv(Env.of("SERVICE_NAME", ReferenceWorkload.service(i)))
                .addMount(Mount.of(config, ReferenceWorkload.CONFIG_PATH))
                .build())
        .autoscaling(Autoscaling.cpu(3, 10, 70))
        .disruptionBudget(DisruptionBudget.minAvailable(2))
        .build();
  }
}
