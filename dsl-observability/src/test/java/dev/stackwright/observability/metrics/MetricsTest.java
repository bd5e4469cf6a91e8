package dev.stackwright.observability.metrics;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private final TestWorkload api =
      TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));

  private static SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .addNamespace(Namespace.of("monitoring"))
            .defaultNamespace("shop")
            .add(components)
            .build());
  }

  @Test
  void workloadMetricsBecomeAPodMonitorSelectingItsPods() {
    Metrics metrics = Metrics.of(api).port("metrics").path("/actuator/prometheus").build();

    assertThat(synth(api, metrics))
        .object(PodMonitor.class, "shop", "api")
        .satisfies(
            m -> {
              assertThat(m.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
              var endpoint = m.getSpec().getPodMetricsEndpoints().get(0);
              assertThat(endpoint.getPort()).isEqualTo("metrics");
              assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
              assertThat(endpoint.getInterval()).isEqualTo("30s");
            });
  }

  @Test
  void portGivenByNumberIsScrapedByItsName() {
    Metrics metrics = Metrics.of(api).port("9090").build();

    assertThat(synth(api, metrics))
        .object(PodMonitor.class, "api")
        .extracting(m -> m.getSpec().getPodMetricsEndpoints().get(0).getPort())
        .isEqualTo("metrics");
  }

  @Test
  void serviceMetricsBecomeAServiceMonitorSelectingTheService() {
    TestService service = TestService.of(api, NamedPort.of("metrics", 9090));
    Metrics metrics = Metrics.of(service).interval("15s").scrapeTimeout("10s").build();

    assertThat(synth(api, service, metrics))
        .object(ServiceMonitor.class, "shop", "api")
        .satisfies(
            m -> {
              assertThat(m.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
              assertThat(m.getSpec().getEndpoints().get(0).getPort()).isEqualTo("metrics");
              assertThat(m.getSpec().getEndpoints().get(0).getInterval()).isEqualTo("15s");
              assertThat(m.getSpec().getEndpoints().get(0).getScrapeTimeout()).isEqualTo("10s");
            });
  }

  @Test
  void withoutTheOperatorNoMonitorIsSynthesizedAndThePodsCarryScrapeAnnotations() {
    Metrics metrics = Metrics.of(api).path("/prom").prometheusOperator(false).build();

    SynthResult result = synth(api, metrics);

    assertThat(result).isOk();
    assertThat(result.objects())
        .extracting(HasMetadata::getKind)
        .contains("Deployment")
        .doesNotContain("PodMonitor");
    assertThat(result.warnings()).isEmpty();
    assertThat(metrics.scrapeAnnotations())
        .containsExactly(
            Map.entry("prometheus.io/path", "/prom"),
            Map.entry("prometheus.io/port", "9090"),
            Map.entry("prometheus.io/scrape", "true"));
    assertThat(result)
        .object(Deployment.class, "shop", "api")
        .extracting(d -> d.getSpec().getTemplate().getMetadata().getAnnotations())
        .isEqualTo(metrics.scrapeAnnotations());
  }

  @Test
  void monitorIsOrderedAfterTheMonitoringStackThatInstallsItsCrd() {
    MonitoringStack monitoring =
        MonitoringStack.builder().namespace("monitoring").nodeExporter(false).build();
    Metrics metrics = Metrics.of(api).monitoringStack(monitoring).build();

    List<String> kinds =
        synth(metrics, api, monitoring).objects().stream().map(HasMetadata::getKind).toList();

    assertThat(kinds).contains("HelmRelease", "PodMonitor");
    assertThat(kinds.indexOf("PodMonitor")).isGreaterThan(kinds.indexOf("HelmRelease"));
  }

  @Test
  void monitorOnAPortTheWorkloadDoesNotExposeIsAnError() {
    Metrics metrics = Metrics.of(api).port("prometheus").build();

    assertThat(synth(api, metrics))
        .hasError(ObservabilityRules.UNKNOWN_PORT, "stack shop / metrics api / port")
        .diagnostics()
        .anySatisfy(
            d -> assertThat(d.message()).contains("\"prometheus\"").contains("metrics (9090)"));
  }

  @Test
  void monitorOnAServicePortTheServiceDoesNotExposeIsAnError() {
    TestService service = TestService.of(api, NamedPort.of("http", 80));

    assertThat(synth(api, service, Metrics.of(service).build()))
        .hasError(ObservabilityRules.UNKNOWN_PORT, "metrics api / port");
  }

  @Test
  void monitorOfAWorkloadOutsideTheStackIsAnError() {
    assertThat(synth(Metrics.of(api).build()))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "metrics api / target");
  }

  @Test
  void relativePathAndMalformedIntervalAreReportedTogether() {
    Metrics metrics = Metrics.of(api).path("metrics").interval("30 seconds").build();

    assertThat(synth(api, metrics))
        .hasError(ObservabilityRules.INVALID_PATH, "metrics api / path")
        .hasError(ObservabilityRules.INVALID_DURATION, "metrics api / interval");
  }
}
