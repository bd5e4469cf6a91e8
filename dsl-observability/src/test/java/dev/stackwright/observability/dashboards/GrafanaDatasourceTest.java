package dev.stackwright.observability.dashboards;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.logs.FluentBit;
import dev.stackwright.observability.logs.Logs;
import dev.stackwright.observability.logs.Loki;
import dev.stackwright.observability.tracing.OtelCollector;
import dev.stackwright.observability.tracing.Tempo;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrafanaDatasourceTest {
  private final TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));
  private final Loki loki = Loki.builder().namespace("monitoring").build();
  private final Tempo tempo = Tempo.builder().namespace("monitoring").build();
  private final OtelCollector collector =
      OtelCollector.builder().namespace("monitoring").exportTo(tempo).build();
  private final MonitoringStack monitoring =
      MonitoringStack.builder()
          .namespace("monitoring")
          .nodeExporter(false)
          .exemplarsTo(tempo)
          .build();
  private final FluentBit agent = FluentBit.builder().namespace("logging").backend(loki).build();

  private SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .addNamespace(Namespace.of("monitoring"))
            .addNamespace(
                Namespace.builder()
                    .name("logging")
                    .podSecurity(PodSecurityLevel.PRIVILEGED)
                    .build())
            .defaultNamespace("shop")
            .add(api, loki, tempo, collector, agent, Logs.of(api, agent).build())
            .add(components)
            .build());
  }

  @Test
  void logsAndTracesDatasourcesLinkToEachOtherAndToMetrics() {
    SynthResult result =
        synth(
            monitoring,
            GrafanaDatasource.logs(loki).monitoringStack(monitoring).tracesIn(tempo).build(),
            GrafanaDatasource.traces(tempo).monitoringStack(monitoring).logsIn(loki).build());

    assertThat(result).isOk();
    assertThat(result)
        .object(ConfigMap.class, "monitoring", "loki-datasource")
        .satisfies(
            cm -> {
              assertThat(cm.getMetadata().getLabels()).containsEntry("grafana_datasource", "1");
              assertThat(cm.getData().get("loki-datasource.yaml"))
                  .isEqualTo(
                      """
                      apiVersion: 1
                      datasources:
                        - access: proxy
                          jsonData:
                            derivedFields:
                              - datasourceUid: tempo
                                matcherRegex: "\\"trace_?[iI][dD]\\":\\"(\\\\w+)\\""
                                name: TraceID
                                url: "$${__value.raw}"
                                urlDisplayLabel: View trace
                          name: loki
                          type: loki
                          uid: loki
                          url: http://loki.monitoring.svc.cluster.local:3100
                      """);
            });
    assertThat(result)
        .object(ConfigMap.class, "monitoring", "tempo-datasource")
        .satisfies(
            cm ->
                assertThat(cm.getData().get("tempo-datasource.yaml"))
                    .contains("type: tempo")
                    .contains("url: http://tempo.monitoring.svc.cluster.local:3200")
                    .contains("tracesToLogsV2:\n        datasourceUid: loki")
                    .contains("serviceMap:\n        datasourceUid: prometheus"));
  }

  @Test
  void prometheusExemplarsLinkToTheTraceBackend() {
    assertThat(monitoring.values())
        .extractingByKey("grafana")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .extractingByKey("sidecar")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry(
            "datasources",
            Map.of(
                "exemplarTraceIdDestinations",
                Map.of(
                    "datasourceUid", "tempo",
                    "traceIdLabelName", "trace_id",
                    "urlDisplayLabel", "View trace")));
    assertThat(monitoring.values().get("prometheus").toString())
        .contains("enableFeatures=[exemplar-storage]");
  }

  @Test
  void dashboardsShowEachWorkloadsLogsAndTraces() {
    Dashboard dashboard =
        Dashboard.builder().name("shop").addWorkload(api).logsIn(loki).tracesIn(tempo).build();

    assertThat(synth(monitoring, dashboard))
        .object(ConfigMap.class, "shop", "shop-dashboard")
        .satisfies(
            cm ->
                assertThat(cm.getData().get("shop.json"))
                    .contains("\"type\" : \"logs\"")
                    .contains("{namespace=\\\"shop\\\", workload=\\\"api\\\"}")
                    .contains("\"uid\" : \"loki\"")
                    .contains("{resource.service.name=\\\"api\\\"}")
                    .contains("\"uid\" : \"tempo\""));
  }

  @Test
  void aLokiDatasourceWithoutAMonitoringStackIsAnError() {
    MonitoringStack noGrafana =
        MonitoringStack.builder()
            .namespace("monitoring")
            .nodeExporter(false)
            .grafana(false)
            .build();

    assertThat(synth(GrafanaDatasource.logs(loki).build()))
        .hasError(ObservabilityRules.MISSING_MONITORING_STACK, "datasource loki / monitoringStack");
    assertThat(synth(noGrafana, GrafanaDatasource.logs(loki).monitoringStack(noGrafana).build()))
        .hasError(ObservabilityRules.MISSING_MONITORING_STACK, "datasource loki / monitoringStack");
  }

  @Test
  void datasourcesAndDashboardsOfBackendsNotInTheStackAreErrors() {
    Tempo stray = Tempo.builder().name("stray").namespace("monitoring").build();
    Dashboard dashboard = Dashboard.builder().name("shop").addWorkload(api).tracesIn(stray).build();

    assertThat(
            synth(
                monitoring,
                dashboard,
                GrafanaDatasource.logs(loki).monitoringStack(monitoring).tracesIn(stray).build()))
        .hasError(ObservabilityRules.UNKNOWN_BACKEND, "datasource loki / tracesIn")
        .hasError(ObservabilityRules.UNKNOWN_BACKEND, "dashboard shop / tracesIn");
    assertThat(List.of(dashboard)).isNotEmpty();
  }
}
