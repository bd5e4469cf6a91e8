package dev.stackwright.observability.tracing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.PodDecorations;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TracingTest {
  private final TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));
  private final OtelCollector collector =
      OtelCollector.builder()
          .namespace("monitoring")
          .exporterEndpoint("jaeger-collector.monitoring.svc.cluster.local:4317")
          .build();

  private Stack stack(Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespaces(Namespace.of("shop"), Namespace.of("monitoring"))
        .defaultNamespace("shop")
        .add(components)
        .build();
  }

  @Test
  void tracedWorkloadsGetTheCollectorsEnvironmentAsDecorations() {
    assertThat(stack(api, collector, Tracing.of(collector, api), new EnvProbe(api)))
        .object(ConfigMap.class, "probe")
        .satisfies(
            cm ->
                assertThat(cm.getData())
                    .containsEntry("OTEL_SERVICE_NAME", "api")
                    .containsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
  }

  @Test
  void tracingAWorkloadOutsideTheStackIsAnError() {
    assertThat(stack(collector, Tracing.of(collector, api)))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "tracing otel-collector / workloads[0]");
  }

  /**
   * Writes the decorations a workload would see into a ConfigMap, as the compute layer reads them.
   */
  private record EnvProbe(TestWorkload workload) implements Component {
    @Override
    public String name() {
      return "probe";
    }

    @Override
    public String kind() {
      return "probe";
    }

    @Override
    public Layer layer() {
      return Layer.COMPUTE;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of(
          new ConfigMapBuilder()
              .withMetadata(context.metadata(this).build())
              .withData(PodDecorations.of(context, workload).env())
              .build());
    }
  }
}
