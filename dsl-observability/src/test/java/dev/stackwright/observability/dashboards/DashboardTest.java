package dev.stackwright.observability.dashboards;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {
  private final TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));
  private final TestWorkload worker = TestWorkload.of("worker", NamedPort.of("http", 8080));

  private static SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build());
  }

  private static JsonNode json(SynthResult result, String configMap, String key) throws Exception {
    ConfigMap cm = result.find(ConfigMap.class, "shop", configMap).orElseThrow();
    return Yaml.json().readTree(cm.getData().get(key));
  }

  @Test
  void dashboardIsAConfigMapLabelledForTheGrafanaSidecar() {
    assertThat(synth(api, Dashboard.of(api)))
        .object(ConfigMap.class, "shop", "api-dashboard")
        .satisfies(
            cm -> {
              assertThat(cm.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
              assertThat(cm.getData()).containsOnlyKeys("api.json");
            });
  }

  @Test
  void eachWorkloadGetsARowWithTheFourGoldenSignals() throws Exception {
    JsonNode dashboard =
        json(synth(api, worker, Dashboard.of("shop", api, worker)), "shop-dashboard", "shop.json");

    List<String> titles = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    dashboard
        .get("panels")
        .forEach(
            p -> {
              titles.add(p.get("title").asText());
              ids.add(p.get("id").asInt());
            });
    assertThat(titles)
        .containsExactly(
            "api",
            "Latency",
            "Traffic",
            "Errors",
            "Saturation",
            "worker",
            "Latency",
            "Traffic",
            "Errors",
            "Saturation");
    assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(dashboard.get("uid").asText()).isEqualTo("shop-shop");
    assertThat(dashboard.get("panels").get(2).get("targets").get(0).get("expr").asText())
        .isEqualTo(
            "sum(rate(http_server_requests_seconds_count{namespace=\"shop\",pod=~\""
                + dev.stackwright.observability.PodQuery.podPattern("api")
                + "\"}[5m]))");
  }

  @Test
  void dashboardJsonIsByteIdenticalAcrossRunsWithSortedKeys() {
    Dashboard dashboard = Dashboard.of(api);
    String first =
        synth(api, dashboard)
            .find(ConfigMap.class, "shop", "api-dashboard")
            .orElseThrow()
            .getData()
            .get("api.json");
    String second =
        synth(api, dashboard)
            .find(ConfigMap.class, "shop", "api-dashboard")
            .orElseThrow()
            .getData()
            .get("api.json");

    assertThat(first).isEqualTo(second);
    assertThat(first.indexOf("\"editable\"")).isLessThan(first.indexOf("\"panels\""));
    assertThat(first.indexOf("\"panels\"")).isLessThan(first.indexOf("\"uid\""));
  }

  @Test
  void dashboardForAWorkloadOutsideTheStackIsAnError() {
    assertThat(synth(api, Dashboard.of("shop", api, worker)))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "stack shop / dashboard shop / workloads[1]");
  }

  @Test
  void dashboardWithoutWorkloadsIsAnError() {
    assertThat(synth(Dashboard.of("empty")))
        .hasError(ObservabilityRules.EMPTY_DASHBOARD, "dashboard empty / workloads");
  }
}
