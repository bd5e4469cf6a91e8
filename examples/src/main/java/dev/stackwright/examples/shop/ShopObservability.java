package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.alerts.AlertRules;
import dev.stackwright.observability.alerts.Slo;
import dev.stackwright.observability.alerts.WorkloadAlerts;
import dev.stackwright.observability.dashboards.Dashboard;
import dev.stackwright.observability.dashboards.GrafanaDatasource;
import dev.stackwright.observability.logs.FluentBit;
import dev.stackwright.observability.logs.LogFormat;
import dev.stackwright.observability.logs.Logs;
import dev.stackwright.observability.logs.Loki;
import dev.stackwright.observability.metrics.Metrics;
import dev.stackwright.observability.tracing.OtelCollector;
import dev.stackwright.observability.tracing.Tempo;
import dev.stackwright.observability.tracing.Tracing;
import java.util.List;

/**
 * Observability: kube-prometheus-stack as an upstream release, scraping of the apps' metrics ports,
 * workload alerts and API SLOs with burn-rate alerts, an OpenTelemetry collector every app sends
 * traces to and which exports them to Tempo, the apps' logs collected by Fluent Bit into Loki,
 * Grafana datasources linking logs, traces and metrics, and a dashboard of the golden signals, logs
 * and traces of each app.
 */
final class ShopObservability {
  private final Environment env;
  private final MonitoringStack monitoring;
  private final OtelCollector collector;
  private final Tempo tempo;
  private final Loki loki;
  private final FluentBit logAgent;

  /** The namespace of the log agent, the only one that admits its host access. */
  static final String LOGGING = "logging";

  private ShopObservability(Environment env, ShopStorage storage) {
    this.env = env;
    boolean prod = env.is("prod");
    // Traces and logs live on Ceph too: both releases wait for the class (a later stage).
    this.tempo =
        Tempo.builder()
            .namespace(ShopNamespaces.MONITORING)
            .retention(prod ? "336h" : "48h")
            .storageSize(prod ? "50Gi" : "5Gi")
            .storageClass(storage.blockClass())
            .build();
    this.loki =
        Loki.builder()
            .namespace(ShopNamespaces.MONITORING)
            .retention(prod ? "14d" : "3d")
            .storageSize(prod ? "100Gi" : "10Gi")
            .storageClass(storage.blockClass())
            .build();
    this.logAgent = FluentBit.builder().namespace(LOGGING).backend(loki).build();
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
            // The API's latency exemplars carry trace ids: Grafana links them to Tempo.
            .exemplarsTo(tempo)
            .build();
    this.collector =
        OtelCollector.builder()
            .namespace(ShopNamespaces.MONITORING)
            .exportTo(tempo)
            .samplingPercentage(prod ? 10 : 100)
            .build();
  }

  static ShopObservability in(Environment env, ShopStorage storage) {
    return new ShopObservability(env, storage);
  }

  OtelCollector collector() {
    return collector;
  }

  /**
   * The log agent's namespace: Fluent Bit reads the nodes' log files through hostPath volumes as
   * root, which only the privileged level admits, so it runs alone in a namespace of its own.
   */
  Namespace loggingNamespace() {
    return Namespace.builder().name(LOGGING).podSecurity(PodSecurityLevel.PRIVILEGED).build();
  }

  /** The log agent's exceptions to the restricted profile, acknowledged with their reasons. */
  List<Acknowledgement> optOuts() {
    return List.of(
        Acknowledgement.of(
            Rules.POD_SECURITY_OPT_OUT,
            "namespace " + LOGGING,
            "only the log agent runs here, and reading the nodes' log files needs host paths"),
        Acknowledgement.of(
            Rules.POD_SECURITY_OPT_OUT,
            "release " + logAgent.name(),
            "Fluent Bit reads /var/log read-only and keeps its positions on the node, as root,"
                + " the owner of the log files; every other right is dropped"));
  }

  List<Component> components(ShopCompute compute) {
    return List.of(
        monitoring,
        collector,
        tempo,
        loki,
        logAgent,
        // What each app logs: the API and its canary write JSON (their version kept as a label,
        // to compare the canary's logs), the worker's stack traces span lines, web writes plain.
        Logs.of(compute.api, logAgent)
            .format(LogFormat.JSON)
            .addKeepLabels("app.kubernetes.io/version")
            .retention(env.is("prod") ? "30d" : "3d")
            .build(),
        Logs.of(compute.apiCanary, logAgent)
            .format(LogFormat.JSON)
            .addKeepLabels("app.kubernetes.io/version")
            .build(),
        Logs.of(compute.worker, logAgent).format(LogFormat.MULTILINE).build(),
        Logs.of(compute.web, logAgent).build(),
        GrafanaDatasource.logs(loki).monitoringStack(monitoring).tracesIn(tempo).build(),
        GrafanaDatasource.traces(tempo).monitoringStack(monitoring).logsIn(loki).build(),
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
        Dashboard.builder()
            .name("shop")
            .addWorkloads(compute.web, compute.api, compute.apiCanary, compute.worker)
            .logsIn(loki)
            .tracesIn(tempo)
            .build());
  }
}
