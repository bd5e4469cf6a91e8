package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;

/** Small stacks for tests: one namespace {@code shop}, the given components. */
final class Stacks {
  private Stacks() {}

  static Stack of(Component... components) {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build();
  }

  /** A container that meets every recommendation: pinned image, limits, readiness probe. */
  static Container app() {
    return Container.builder()
        .name("app")
        .image("registry.example.com/api:1.4.2")
        .addPort(NamedPort.of("http", 8080))
        .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
        .readinessProbe(Probe.http("/healthz", "http"))
        .build();
  }

  static Workload.Builder api() {
    return Workload.builder().name("api").addContainer(app());
  }
}
