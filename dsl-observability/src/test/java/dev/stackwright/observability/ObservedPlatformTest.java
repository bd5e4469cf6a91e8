package dev.stackwright.observability;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.alerts.AlertRules;
import dev.stackwright.observability.alerts.Slo;
import dev.stackwright.observability.alerts.WorkloadAlerts;
import dev.stackwright.observability.dashboards.Dashboard;
import dev.stackwright.observability.metrics.Metrics;
import dev.stackwright.observability.tracing.OtelCollector;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small platform monitored, alerted, dashboarded and traced: every feature of the layer at once.
 */
class ObservedPlatformTest {

  static Stack platform() {
    TestWorkload api =
        TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));
    TestWorkload worker = TestWorkload.of("worker", NamedPort.of("metrics", 9090));
    MonitoringStack monitoring =
        MonitoringStack.builder()
            .namespace("monitoring")
            .retention("30d")
            .storage("50Gi")
            .nodeExporter(false)
            .build();
    OtelCollector collector =
        OtelCollector.builder()
            .namespace("monitoring")
            .exporterEndpoint("jaeger-collector.monitoring.svc.cluster.local:4317")
            .exporterInsecure(true)
            .build();
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("monitoring"))
        .defaultNamespace("shop")
        .add(api, worker, monitoring, collector)
        .add(
            Metrics.of(api).monitoringStack(monitoring).build(),
            Metrics.of(worker).monitoringStack(monitoring).build(),
            Metrics.of(collector).monitoringStack(monitoring).build())
        .add(
            AlertRules.forWorkload(api)
                .addWorkload(WorkloadAlerts.of(worker))
                .addSlo(Slo.availability(api, 99.9, HttpMetrics.micrometer()))
                .addSlo(Slo.latency(api, 99, HttpMetrics.micrometer(), "0.3"))
                .monitoringStack(monitoring)
                .build())
        .add(Dashboard.of("shop", api, worker))
        .build();
  }

  @Test
  void platformSynthesizesStrictlyWithMonitorsRulesDashboardAndCollector() {
    SynthResult result = Synthesizer.strict().run(platform());

    assertThat(result).isOk();
    assertThat(result.warnings()).isEmpty();
    List<String> kinds = result.objects().stream().map(HasMetadata::getKind).toList();
    assertThat(kinds)
        .contains(
            "HelmRepository",
            "HelmRelease",
            "PodMonitor",
            "PrometheusRule",
            "ConfigMap",
            "Deployment",
            "Service",
            "ServiceAccount");
    assertThat(kinds.lastIndexOf("HelmRelease")).isLessThan(kinds.indexOf("PodMonitor"));
    assertThat(kinds.lastIndexOf("HelmRelease")).isLessThan(kinds.indexOf("PrometheusRule"));
  }

  @Test
  void platformOutputIsByteIdenticalAcrossRuns() {
    SynthResult first = Synthesizer.synthesize(platform());
    SynthResult second = Synthesizer.synthesize(platform());

    assertThat(first).isOk();
    assertThat(second).isOk();
    assertThat(first.objects()).isNotEmpty().hasSameSizeAs(second.objects());
    for (int i = 0; i < first.objects().size(); i++) {
      assertThat(Yaml.write(second.objects().get(i)))
          .as("object %d, %s", i, first.entries().get(i).describe())
          .isEqualTo(Yaml.write(first.objects().get(i)));
    }
  }
}
