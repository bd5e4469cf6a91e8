package dev.stackwright.observability.tracing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.metrics.Metrics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtelCollectorTest {
  private final OtelCollector collector =
      OtelCollector.builder()
          .namespace("observability")
          .exporterEndpoint("jaeger-collector.tracing.svc.cluster.local:4317")
          .exporterInsecure(true)
          .samplingPercentage(5)
          .build();

  private static SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("observability"))
            .addNamespace(Namespace.of("shop"))
            .defaultNamespace("shop")
            .add(components)
            .build());
  }

  @Test
  void collectorRunsUnderTheRestrictedProfileWithAPinnedImage() {
    assertThat(synth(collector))
        .object(Deployment.class, "observability", "otel-collector")
        .satisfies(
            d -> {
              PodSpec pod = d.getSpec().getTemplate().getSpec();
              assertThat(pod.getAutomountServiceAccountToken()).isFalse();
              assertThat(pod.getServiceAccountName()).isEqualTo("otel-collector");
              assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
              assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                  .isEqualTo("RuntimeDefault");
              Container c = pod.getContainers().get(0);
              assertThat(c.getImage()).isEqualTo("otel/opentelemetry-collector:0.126.0");
              assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
              assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
              assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
              assertThat(c.getResources().getLimits()).containsKey("memory");
              assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
                  .containsKey("checksum/config");
            });
  }

  @Test
  void configReceivesOtlpLimitsBatchesAndExportsToTheBackend() throws Exception {
    ConfigMap cm =
        synth(collector)
            .find(ConfigMap.class, "observability", "otel-collector-config")
            .orElseThrow();
    Map<?, ?> config = Yaml.mapper().readValue(cm.getData().get("config.yaml"), Map.class);

    assertThat(config.get("receivers").toString())
        .contains("grpc={endpoint=0.0.0.0:4317}")
        .contains("http={endpoint=0.0.0.0:4318}");
    assertThat(config.get("processors").toString())
        .startsWith("{batch={}, memory_limiter={check_interval=1s, limit_percentage=80,");
    assertThat(config.get("exporters").toString())
        .isEqualTo(
            "{otlp={endpoint=jaeger-collector.tracing.svc.cluster.local:4317,"
                + " tls={insecure=true}}}");
    assertThat(config.get("service").toString())
        .contains(
            "traces={exporters=[otlp], processors=[memory_limiter, batch], receivers=[otlp]}");
  }

  @Test
  void collectorServiceExposesOtlpPorts() {
    assertThat(synth(collector))
        .object(Service.class, "observability", "otel-collector")
        .satisfies(
            s ->
                assertThat(s.getSpec().getPorts())
                    .extracting(p -> p.getName() + ":" + p.getPort())
                    .containsExactly("otlp-grpc:4317", "otlp-http:4318"));
  }

  @Test
  void workloadWiringPointsTheSdkAtTheCollector() {
    TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));

    assertThat(collector.env(api, "shop", "prod", "cluster.local"))
        .containsEntry(
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            "http://otel-collector.observability.svc.cluster.local:4317")
        .containsEntry("OTEL_SERVICE_NAME", "api")
        .containsEntry(
            "OTEL_RESOURCE_ATTRIBUTES",
            "deployment.environment.name=prod,k8s.namespace.name=shop,service.namespace=shop")
        .containsEntry("OTEL_TRACES_SAMPLER_ARG", "0.05");
  }

  @Test
  void theCollectorIsATracingEndpointAddressedInTheStacksClusterDomain() {
    assertThat(collector.otlpGrpcAddress("cluster.local"))
        .isEqualTo("otel-collector.observability.svc.cluster.local:4317");
    TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));
    Stack custom =
        Stack.builder()
            .name("shop")
            .clusterDomain("corp.internal")
            .addNamespace(Namespace.of("observability"))
            .addNamespace(Namespace.of("shop"))
            .defaultNamespace("shop")
            .add(collector, api, Tracing.of(collector, api))
            .build();
    assertThat(custom)
        .object(Deployment.class, "shop", "api")
        .satisfies(
            d ->
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .anySatisfy(
                        e -> {
                          assertThat(e.getName()).isEqualTo("OTEL_EXPORTER_OTLP_ENDPOINT");
                          assertThat(e.getValue())
                              .isEqualTo(
                                  "http://otel-collector.observability.svc.corp.internal:4317");
                        }));
  }

  @Test
  void collectorOwnMetricsCanBeScraped() {
    assertThat(synth(collector, Metrics.of(collector).build()))
        .object(PodMonitor.class, "observability", "otel-collector")
        .extracting(m -> m.getSpec().getPodMetricsEndpoints().get(0).getPort())
        .isEqualTo("metrics");
  }

  @Test
  void collectorPodsTakeScrapeAnnotationsWithoutTheOperatorLikeEveryWorkload() {
    assertThat(synth(collector, Metrics.of(collector).prometheusOperator(false).build()))
        .object(Deployment.class, "observability", "otel-collector")
        .extracting(d -> d.getSpec().getTemplate().getMetadata().getAnnotations())
        .satisfies(
            a ->
                assertThat(a)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", "8888")
                    .containsKey("checksum/config"));
  }

  @Test
  void collectorImageIsCheckedAgainstTheStacksRegistryPolicy() {
    assertThat(synth(collector, RegistryPolicy.allow("registry.example.com")))
        .hasError(
            PodRules.REGISTRY_NOT_ALLOWED,
            "collector otel-collector / container otel-collector / image",
            "docker.io");
    OtelCollector mirrored =
        OtelCollector.builder()
            .from(collector)
            .image("registry.example.com/otel/opentelemetry-collector:0.126.0")
            .build();
    assertThat(synth(mirrored, RegistryPolicy.allow("registry.example.com"))).isOk();
  }

  @Test
  void badCollectorSettingsAreReportedTogether() {
    OtelCollector bad =
        OtelCollector.builder()
            .exporterEndpoint("jaeger")
            .samplingPercentage(150)
            .image("otel/opentelemetry-collector")
            .build();

    assertThat(synth(bad))
        .hasError(ObservabilityRules.MISSING_NAMESPACE, "collector otel-collector / namespace")
        .hasError(
            ObservabilityRules.INVALID_ENDPOINT, "collector otel-collector / exporterEndpoint")
        .hasError(
            ObservabilityRules.INVALID_SAMPLING, "collector otel-collector / samplingPercentage")
        .hasWarning(
            PodRules.UNPINNED_IMAGE, "collector otel-collector / container otel-collector / image");
  }
}
