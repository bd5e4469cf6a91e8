package dev.stackwright.observability.alerts;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
  private final TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));

  private static SynthResult synth(Component... components) {
    return Synthesizer.synthesize(
        Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build());
  }

  private static RuleGroup group(SynthResult result, String name) {
    return result
        .find(PrometheusRule.class, "shop", "api")
        .orElseThrow()
        .getSpec()
        .getGroups()
        .stream()
        .filter(g -> g.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void typedAlertBecomesARuleWithSeverityAndAnnotations() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(
                AlertGroup.of(
                    "api-availability",
                    Alert.builder()
                        .name("ApiDown")
                        .expr("sum by (job) (up{job=\"api\"}) == 0")
                        .forDuration("5m")
                        .severity(Severity.CRITICAL)
                        .summary("{{ $labels.job }} has no healthy target")
                        .putAnnotation("runbook_url", "https://runbooks.example/api-down")
                        .build()))
            .build();

    Rule rule = group(synth(api, rules), "api-availability").getRules().get(0);

    assertThat(rule.getAlert()).isEqualTo("ApiDown");
    assertThat(rule.getExpr().getStrVal()).isEqualTo("sum by (job) (up{job=\"api\"}) == 0");
    assertThat(rule.getFor()).isEqualTo("5m");
    assertThat(rule.getLabels()).isEqualTo(Map.of("severity", "critical"));
    assertThat(rule.getAnnotations())
        .containsEntry("summary", "{{ $labels.job }} has no healthy target")
        .containsEntry("runbook_url", "https://runbooks.example/api-down");
  }

  @Test
  void workloadGetsReadyMadeAlertsFromKubeStateMetrics() {
    AlertRules rules =
        AlertRules.builder().name("api").addWorkload(WorkloadAlerts.of(api).autoscaled()).build();

    RuleGroup group = group(synth(api, rules), "api-workload");

    assertThat(group.getRules())
        .extracting(Rule::getAlert)
        .containsExactly("ApiPodNotReady", "ApiPodRestarting", "ApiAutoscalerAtMax");
    assertThat(group.getRules().get(0).getExpr().getStrVal())
        .startsWith(
            "sum by (namespace, pod) (kube_pod_status_ready{namespace=\"shop\",pod=~\"api-(")
        .endsWith(",condition=\"false\"}) > 0");
    assertThat(group.getRules().get(1).getExpr().getStrVal())
        .contains("increase(kube_pod_container_status_restarts_total{")
        .endsWith("[1h])) > 3");
    assertThat(group.getRules().get(2).getExpr().getStrVal())
        .isEqualTo(
            "kube_horizontalpodautoscaler_status_current_replicas{namespace=\"shop\","
                + "horizontalpodautoscaler=\"api\"} >= kube_horizontalpodautoscaler_spec_max_replicas"
                + "{namespace=\"shop\",horizontalpodautoscaler=\"api\"}");
  }

  @Test
  void workloadWithoutAutoscalerHasNoAutoscalerAlert() {
    RuleGroup group = group(synth(api, AlertRules.forWorkload(api).build()), "api-workload");

    assertThat(group.getRules()).extracting(Rule::getAlert).doesNotContain("ApiAutoscalerAtMax");
  }

  @Test
  void sloGetsMultiWindowMultiBurnRateAlerts() {
    AlertRules rules =
        AlertRules.forWorkload(api)
            .addSlo(Slo.availability(api, 99.9, HttpMetrics.micrometer()))
            .build();

    RuleGroup group = group(synth(api, rules), "api-availability-slo");

    assertThat(group.getRules())
        .extracting(Rule::getAlert)
        .containsExactly(
            "ApiAvailabilityErrorBudgetFastBurn", "ApiAvailabilityErrorBudgetSlowBurn");
    String fast = group.getRules().get(0).getExpr().getStrVal();
    assertThat(fast)
        .contains("status=~\"5..\"}[1h]")
        .contains("[5m]")
        .contains("> (14.4 * 0.001) and (");
    assertThat(group.getRules().get(1).getExpr().getStrVal())
        .contains("[6h]")
        .contains("[30m]")
        .contains("> (6 * 0.001)");
    assertThat(group.getRules().get(0).getLabels())
        .containsEntry("severity", "critical")
        .containsEntry("slo", "api-availability");
  }

  @Test
  void latencySloComparesTheBucketBelowTheThreshold() {
    AlertRules rules =
        AlertRules.forWorkload(api)
            .addSlo(Slo.latency(api, 99, HttpMetrics.micrometer(), "0.3"))
            .build();

    String expr =
        group(synth(api, rules), "api-latency-slo").getRules().get(0).getExpr().getStrVal();

    assertThat(expr)
        .startsWith("(1 - sum(rate(http_server_requests_seconds_bucket{")
        .contains(",le=\"0.3\"}[1h]))")
        .contains("> (14.4 * 0.01)");
  }

  @Test
  void emptyExpressionIsAnError() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(AlertGroup.of("custom", Alert.of("Nothing", " ", Severity.INFO)))
            .build();

    assertThat(synth(rules))
        .hasError(
            ObservabilityRules.EMPTY_EXPRESSION,
            "stack shop / alert-rules api / group custom / alert Nothing / expr");
  }

  @Test
  void unbalancedExpressionIsAnErrorNamingTheBracket() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(
                AlertGroup.of(
                    "custom", Alert.of("Broken", "sum(rate(x[5m]) > 0", Severity.WARNING)))
            .build();

    assertThat(synth(rules))
        .hasError(ObservabilityRules.UNBALANCED_EXPRESSION, "alert Broken / expr")
        .diagnostics()
        .anySatisfy(d -> assertThat(d.message()).contains("'(' at offset 3 is not closed"));
  }

  @Test
  void annotationReferringToALabelTheExpressionDropsIsAnError() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(
                AlertGroup.of(
                    "custom",
                    Alert.builder()
                        .name("HighErrors")
                        .expr("sum by (namespace) (rate(errors_total[5m])) > 1")
                        .summary("errors in {{ $labels.pod }}")
                        .build()))
            .build();

    assertThat(synth(rules))
        .hasError(ObservabilityRules.UNKNOWN_LABEL, "alert HighErrors / annotations.summary")
        .diagnostics()
        .anySatisfy(d -> assertThat(d.message()).contains("keeps only namespace"));
  }

  @Test
  void malformedMatcherLabelIsAnError() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(
                AlertGroup.of(
                    "custom", Alert.of("Bad", "up{app.name=\"api\"} == 0", Severity.WARNING)))
            .build();

    assertThat(synth(rules)).hasError(ObservabilityRules.INVALID_LABEL, "alert Bad / expr");
  }

  @Test
  void objectiveOutsideZeroToHundredIsAnError() {
    AlertRules rules =
        AlertRules.forWorkload(api)
            .addSlo(Slo.availability(api, 100, HttpMetrics.micrometer()))
            .addSlo(Slo.latency(api, 0, HttpMetrics.micrometer(), "0.3"))
            .build();

    assertThat(synth(api, rules))
        .hasError(ObservabilityRules.INVALID_OBJECTIVE, "slo api-availability / objective")
        .hasError(ObservabilityRules.INVALID_OBJECTIVE, "slo api-latency / objective");
  }

  @Test
  void alertsForAWorkloadOutsideTheStackAreAnError() {
    assertThat(synth(AlertRules.forWorkload(api).build()))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "workload-alerts api / podSet");
  }

  @Test
  void severalMistakesAreReportedTogether() {
    AlertRules rules =
        AlertRules.builder()
            .name("api")
            .addGroup(AlertGroup.of("custom", Alert.of("Empty", "", Severity.INFO)))
            .addGroup(AlertGroup.of("custom", Alert.of("bad name", "rate(x[5m)", Severity.INFO)))
            .addGroup(AlertGroup.builder().name("nothing").build())
            .addSlo(Slo.availability(api, 120, HttpMetrics.micrometer()))
            .build();

    assertThat(synth(api, rules))
        .hasError(ObservabilityRules.EMPTY_EXPRESSION, "group custom / alert Empty / expr")
        .hasError(ObservabilityRules.DUPLICATE_GROUP, "group custom / name")
        .hasError(ObservabilityRules.INVALID_ALERT_NAME, "alert bad name / name")
        .hasError(ObservabilityRules.UNBALANCED_EXPRESSION, "alert bad name / expr")
        .hasError(ObservabilityRules.EMPTY_RULES, "group nothing / alerts")
        .hasError(ObservabilityRules.INVALID_OBJECTIVE, "slo api-availability / objective");
  }

  @Test
  void aRuleSetWithoutAlertsIsAnError() {
    assertThat(synth(AlertRules.builder().name("api").build()))
        .hasError(ObservabilityRules.EMPTY_RULES, "alert-rules api / groups");
  }
}
