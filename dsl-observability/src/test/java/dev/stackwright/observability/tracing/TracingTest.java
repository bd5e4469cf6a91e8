package dev.stackwright.observability.tracing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
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
  void tracedWorkloadsGetTheCollectorsEnvironmentInTheirContainers() {
    assertThat(stack(api, collector, Tracing.of(collector, api)))
        .object(Deployment.class, "shop", "api")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .satisfies(
            env ->
                assertThat(env)
                    .extracting(EnvVar::getName, EnvVar::getValue)
                    .contains(
                        tuple("OTEL_SERVICE_NAME", "api"),
                        tuple(
                            "OTEL_EXPORTER_OTLP_ENDPOINT",
                            "http://otel-collector.monitoring.svc.cluster.local:4317")));
  }

  @Test
  void workloadsTheTracingDoesNotNameKeepTheirEnvironment() {
    TestWorkload worker = TestWorkload.http("worker");
    SynthResult result =
        Synthesizer.synthesize(stack(api, worker, collector, Tracing.of(collector, api)));

    assertThat(result)
        .object(Deployment.class, "shop", "api")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .satisfies(
            env -> assertThat(env).extracting(EnvVar::getName).contains("OTEL_SERVICE_NAME"));
    assertThat(result)
        .object(Deployment.class, "shop", "worker")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .satisfies(
            env -> assertThat(env).extracting(EnvVar::getName).doesNotContain("OTEL_SERVICE_NAME"));
  }

  @Test
  void tracingAWorkloadOutsideTheStackIsAnError() {
    assertThat(stack(collector, Tracing.of(collector, api)))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "tracing otel-collector / workloads[0]");
  }
}
