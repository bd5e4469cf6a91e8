package ${package};

import dev.stackwright.compute.Workload;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.Service;
import java.util.List;

/**
 * The platform: one stack with a web workload and its Service. Run it with {@code mvn compile
 * exec:java -Dexec.args="synth --strict"}; the YAML lands in {@code dist/}.
 */
public final class Platform {
  private Platform() {}

  /** The stack: a namespace, a workload and the Service in front of it. */
  public static Stack stack() {
    Workload web =
        Workload.builder()
            .name("web")
            .replicas(2)
            .addContainer(
                Container.builder()
                    .name("app")
                    .image("registry.example.com/platform/web:1.0.0")
                    .addPort(NamedPort.of("http", 8080))
                    .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
                    .readinessProbe(Probe.http("/healthz", "http"))
                    .addMount(Mount.scratch("/tmp"))
                    .build())
            .build();
    Service webService = Service.builder(web).addPort(ExposedPort.of(80, "http")).build();
    return Stack.builder()
        .name("platform")
        .addNamespace(Namespace.of("platform"))
        .add(web, webService)
        .build();
  }

  /** The Stackwright CLI over this stack: synth, validate, diff. */
  public static void main(String[] args) {
    Stackwright.main(args, () -> List.of(stack()));
  }
}
