package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.alerts.AlertRules;
import dev.stackwright.observability.alerts.Slo;
import dev.stackwright.observability.alerts.WorkloadAlerts;
import dev.stackwright.observability.dashboards.Dashboard;
import dev.stackwright.observability.metrics.Metrics;
import dev.stackwright.observability.tracing.OtelCollector;
import dev.stackwright.observability.tracing.Tracing;
import java.util.List;

/**
 * Observability: kube-prometheus-stack as an upstream release, scraping of the apps' metrics ports,
 * workload alerts and API SLOs with burn-rate alerts, a dashboard of the golden signals, and an
 * OpenTelemetry collector every app sends traces to.
 */
final class ShopObservability {
  private final Environment env;
  private final MonitoringStack monitoring;
  private final OtelCollector collector;

  private ShopObservability(Environment env, ShopStorage storage) {
    this.env = env;
    boolean prod = env.is("prod");
    this.monitoring =
        MonitoringStack.builder()
            .namespace(ShopNamespaces.MONITORING)
            .retention(prod ? "30d" : "3d")
            .prometheusReplicas(prod ? 2 : 1)
            .storage(prod ? "100Gi" : "10Gi")
            .storageClass(storage.blockClass().name())
            // Prometheus' volumes need the class, so the release waits for it (a later stage).
            .addDependsOn(storage.blockClass())
            .grafanaAdminSecret("grafana-admin")
            // node-exporter needs the privileged level (host network, PID namespace and paths),
            // which the restricted monitoring namespace refuses: off, and node metrics come from
            // the kubelet and cAdvisor, which the chart scrapes anyway.
            .nodeExporter(false)
            .build();
    this.collector =
        OtelCollector.builder()
            .namespace(ShopNamespaces.MONITORING)
            .exporterEndpoint("jaeger-collector.monitoring.svc.cluster.local:4317")
            .exporterInsecure(true)
            .samplingPercentage(prod ? 10 : 100)
            .build();
  }

  static ShopObservability in(Environment env, ShopStorage storage) {
    return new ShopObservability(env, storage);
  }

  OtelCollector collector() {
    return collector;
  }

  List<Component> components(ShopCompute compute) {
    return List.of(
        monitoring,
        collector,
        Tracing.of(collector, compute.web, compute.api, compute.apiCanary, compute.worker),
        Metrics.of(compute.api).port("metrics").monitoringStack(monitoring).build(),
        Metrics.of(compute.apiCanary).port("metrics").monitoringStack(monitoring).build(),
        Metrics.of(compute.worker).port("metrics").monitoringStack(monitoring).build(),
        Metrics.of(collector).port("metrics").monitoringStack(monitoring).build(),
        AlertRules.builder()
            .name("shop")
            .namespace(ShopNamespaces.SHOP)
            .addWorkload(WorkloadAlerts.of(compute.api).autoscaled())
            .addWorkload(WorkloadAlerts.of(compute.worker))
            .addSlo(
                Slo.availability(
                    compute.api, env.is("prod") ? 99.9 : 99.0, HttpMetrics.micrometer()))
            .addSlo(Slo.latency(compute.api, 99, HttpMetrics.micrometer(), "0.3"))
            .monitoringStack(monitoring)
            .build(),
        Dashboard.of("shop", compute.web, compute.api, compute.apiCanary, compute.worker));
  }
}
