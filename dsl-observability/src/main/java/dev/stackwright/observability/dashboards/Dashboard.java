package dev.stackwright.observability.dashboards;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.alerts.PromQl;
import dev.stackwright.observability.logs.LogBackend;
import dev.stackwright.observability.tracing.TraceBackend;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Grafana dashboard with the four golden signals (latency, traffic, errors, saturation) of one or
 * more workloads, a row per workload. It synthesizes into a ConfigMap labelled {@code
 * grafana_dashboard: "1"}, which Grafana's sidecar (as the {@link MonitoringStack} configures it)
 * loads from any namespace. The JSON is deterministic: sorted keys, panel ids by position.
 *
 * <pre>{@code
 * Dashboard.of(api);                          // one workload, named like it
 * Dashboard.of("shop", api, worker);          // the whole stack on one dashboard
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Dashboard implements Component {
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The dashboard title; the name by default. */
  @Value.Default
  public String title() {
    return name();
  }

  /** The workloads shown, a row each, in order. */
  public abstract List<PodSet> workloads();

  /** Where latency, traffic and errors come from. */
  @Value.Default
  public HttpMetrics metrics() {
    return HttpMetrics.micrometer();
  }

  /** How often the dashboard refreshes. */
  @Value.Default
  public String refresh() {
    return "30s";
  }

  /**
   * The log backend whose datasource ({@link GrafanaDatasource}, uid the backend's name) a logs
   * panel per workload reads; no logs panels when empty.
   */
  public abstract Optional<LogBackend> logsIn();

  /**
   * The trace backend whose datasource a traces panel per workload (its recent traces, by service
   * name) reads; no traces panels when empty.
   */
  public abstract Optional<TraceBackend> tracesIn();

  /** Tags shown in Grafana's dashboard list. */
  public abstract List<String> tags();

  @Override
  public String kind() {
    return "dashboard";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  /** The dashboard of one workload, named and placed like it. */
  public static Dashboard of(PodSet workload) {
    Builder builder = builder().name(workload.name()).addWorkload(workload);
    workload.namespace().ifPresent(builder::namespace);
    return builder.build();
  }

  /** A dashboard called {@code name} with a row per workload, in the stack's default namespace. */
  public static Dashboard of(String name, PodSet... workloads) {
    return builder().name(name).addAllWorkloads(Arrays.asList(workloads)).build();
  }

  /** A builder for a dashboard. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name of the ConfigMap that carries the dashboard. */
  public String configMapName() {
    return name() + "-dashboard";
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (workloads().isEmpty()) {
      checks.error(
          ObservabilityRules.EMPTY_DASHBOARD,
          "workloads",
          "the dashboard shows no workload; add at least one");
    }
    for (int i = 0; i < workloads().size(); i++) {
      PodSet w = workloads().get(i);
      if (!context.contains(w)) {
        checks.error(
            ObservabilityRules.UNKNOWN_TARGET,
            "workloads[" + i + "]",
            "%s \"%s\" is not part of the stack; add it or remove it from the dashboard",
            w.kind(),
            w.name());
      }
    }
    checks.require(
        METRIC_NAME.matcher(metrics().histogram()).matches(),
        ObservabilityRules.INVALID_LABEL,
        "metrics.histogram",
        "expected a metric name such as http_server_requests_seconds, was \"%s\"",
        metrics().histogram());
    PromQl.check("m{" + metrics().errorMatcher() + "}", checks, "metrics.errorMatcher");
    logsIn().ifPresent(b -> requireInStack(context, checks, "logsIn", b));
    tracesIn().ifPresent(b -> requireInStack(context, checks, "tracesIn", b));
  }

  private static void requireInStack(
      SynthContext context, Checks checks, String field, Component backend) {
    checks.require(
        context.contains(backend),
        ObservabilityRules.UNKNOWN_BACKEND,
        field,
        "%s \"%s\" is not part of the stack; add it or remove it from the dashboard",
        backend.kind(),
        backend.name());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    String json = DashboardJson.render(this, context);
    return List.of(
        new ConfigMapBuilder()
            .withMetadata(
                context
                    .metadata(this, configMapName())
                    .addToLabels(
                        MonitoringStack.DASHBOARD_LABEL, MonitoringStack.DASHBOARD_LABEL_VALUE)
                    .build())
            .addToData(name() + ".json", json)
            .build());
  }

  /** Builds a {@link Dashboard}. */
  public static class Builder extends ImmutableDashboard.Builder {}
}
