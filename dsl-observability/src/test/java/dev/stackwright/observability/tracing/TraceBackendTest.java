package dev.stackwright.observability.tracing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.TestStorageClass;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceBackendTest {
  private final TestStorageClass block = new TestStorageClass("block");
  private final Tempo tempo =
      Tempo.builder()
          .namespace("tracing")
          .retention("336h")
          .storageSize("20Gi")
          .storageClass(block)
          .build();
  private final OtelCollector collector =
      OtelCollector.builder().namespace("monitoring").exportTo(tempo).build();

  private static SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("monitoring"))
            .addNamespace(Namespace.of("tracing"))
            .defaultNamespace("monitoring")
            .add(components)
            .build());
  }

  private static JsonNode values(SynthResult result, String release) {
    return Yaml.tree(
            result.all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("HelmRelease"))
                .filter(r -> r.getMetadata().getName().equals(release))
                .findFirst()
                .orElseThrow())
        .at("/spec/values");
  }

  @Test
  void theCollectorExportsToTheBackendByReference() {
    SynthResult result = synth(block, tempo, collector);

    assertThat(result).isOk();
    assertThat(result)
        .object(ConfigMap.class, "monitoring", "otel-collector-config")
        .satisfies(
            cm ->
                assertThat(cm.getData().get("config.yaml"))
                    .contains(
                        """
                        exporters:
                          otlp:
                            endpoint: tempo.tracing.svc.cluster.local:4317
                            tls:
                              insecure: true
                        """));
  }

  @Test
  void tempoRunsRestrictedOnTheStacksStorageClassKeepingOnlyOtlp() {
    JsonNode values = values(synth(block, tempo, collector), "tempo");

    assertThat(values.at("/fullnameOverride").asText()).isEqualTo("tempo");
    assertThat(values.at("/tempo/retention").asText()).isEqualTo("336h");
    assertThat(values.at("/tempo/receivers").toString())
        .isEqualTo(
            "{\"otlp\":{\"protocols\":{\"grpc\":{\"endpoint\":\"0.0.0.0:4317\"},"
                + "\"http\":{\"endpoint\":\"0.0.0.0:4318\"}}}}");
    assertThat(values.at("/persistence").toString())
        .isEqualTo("{\"enabled\":true,\"size\":\"20Gi\",\"storageClassName\":\"block\"}");
    assertThat(values.at("/securityContext/seccompProfile/type").asText())
        .isEqualTo("RuntimeDefault");
    assertThat(values.at("/tempo/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
  }

  @Test
  void aBackendNobodyExportsToIsAWarning() {
    Jaeger jaeger = Jaeger.builder().namespace("tracing").build();

    assertThat(synth(block, tempo, collector, jaeger))
        .hasWarning(ObservabilityRules.UNUSED_TRACE_BACKEND, "release jaeger")
        .hasNoDiagnostic(ObservabilityRules.UNKNOWN_BACKEND);
  }

  @Test
  void jaegerIsATypedReleaseToo() {
    Jaeger jaeger = Jaeger.builder().namespace("tracing").build();
    OtelCollector toJaeger =
        OtelCollector.builder().namespace("monitoring").exportTo(jaeger).build();

    SynthResult result = synth(jaeger, toJaeger);

    assertThat(result).isOk();
    assertThat(values(result, "jaeger").at("/jaeger/podSecurityContext/runAsNonRoot").asBoolean())
        .isTrue();
    assertThat(toJaeger.pod()).isNotNull();
    assertThat(jaeger.grafanaLinks("loki", "prometheus"))
        .containsEntry("tracesToMetrics", Map.of("datasourceUid", "prometheus"));
  }

  @Test
  void badBackendReferencesAreReportedWithTheirPaths() {
    OtelCollector both =
        OtelCollector.builder()
            .name("both")
            .namespace("monitoring")
            .exportTo(tempo)
            .exporterEndpoint("jaeger.tracing:4317")
            .build();
    Tempo stray = Tempo.builder().name("stray").namespace("tracing").retention("14d").build();
    OtelCollector toStray =
        OtelCollector.builder().name("lost").namespace("monitoring").exportTo(stray).build();

    assertThat(synth(block, tempo, both, toStray))
        .hasError(ObservabilityRules.INVALID_ENDPOINT, "collector both / exporterEndpoint")
        .hasError(ObservabilityRules.UNKNOWN_BACKEND, "collector lost / exportTo");
    assertThat(synth(stray, toStray))
        .hasError(ObservabilityRules.INVALID_DURATION, "release stray / retention");
  }
}
