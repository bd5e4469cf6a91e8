package dev.stackwright.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network objects of the reference benchmark ("N services") are expressible exactly. */
class BenchmarkShapeTest {
  private static final int N = 50;

  private static SynthResult benchmark(boolean secureDefaults) {
    List<TestWorkload> pods = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      TestWorkload w = TestWorkload.of("svc-" + i, NamedPort.of("http", 8080));
      pods.add(w);
      components.add(w);
      components.add(Service.builder(w).addPort(ExposedPort.of(80, 8080)).build());
    }
    Connections.Builder connections = Connections.builder().name("bench");
    if (!secureDefaults) {
      connections.defaultDeny(false).restrictEgress(false);
    }
    for (int i = 0; i < N; i++) {
      connections.allow(pods.get((i + 1) % N), pods.get(i), "http");
    }
    components.add(connections.build());
    return Synthesizer.synthesize(
            dev.stackwright.core.Stack.builder()
                .name("bench")
                .addNamespace(dev.stackwright.core.Namespace.of("bench"))
                .add(components)
                .build())
        .orThrow();
  }

  @Test
  void perServiceObjectsMatchTheReference() {
    SynthResult r = benchmark(false);

    for (int n = 0; n < N; n++) {
      int i = n;
      var svc =
          r.find(io.fabric8.kubernetes.api.model.Service.class, "bench", "svc-" + i).orElseThrow();
      assertThat(svc.getSpec().getType()).isEqualTo("ClusterIP");
      assertThat(svc.getSpec().getSelector())
          .isEqualTo(Map.of("app.kubernetes.io/name", "svc-" + i));
      assertThat(svc.getSpec().getPorts().get(0).getPort()).isEqualTo(80);
      assertThat(svc.getSpec().getPorts().get(0).getTargetPort()).isEqualTo(new IntOrString(8080));

      NetworkPolicy p = r.find(NetworkPolicy.class, "bench", "svc-" + i).orElseThrow();
      assertThat(p.getSpec().getPodSelector().getMatchLabels())
          .isEqualTo(Map.of("app.kubernetes.io/name", "svc-" + i));
      assertThat(p.getSpec().getPolicyTypes()).containsExactly("Ingress");
      assertThat(p.getSpec().getIngress())
          .singleElement()
          .satisfies(
              rule -> {
                assertThat(rule.getFrom().get(0).getPodSelector().getMatchLabels())
                    .isEqualTo(Map.of("app.kubernetes.io/name", "svc-" + ((i + 1) % N)));
                assertThat(rule.getPorts().get(0).getPort()).isEqualTo(new IntOrString(8080));
              });
    }
    assertThat(r.all(NetworkPolicy.class)).hasSize(N);
  }

  @Test
  void secureDefaultsAddAFixedNumberOfPoliciesPerNamespace() {
    // one policy per workload (ingress and egress rules) plus default-deny and DNS egress
    assertThat(benchmark(true).all(NetworkPolicy.class)).hasSize(N + 2);
  }
}
