package dev.stackwright.observability.dashboards;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.StackwrightException;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.MonitoringStack;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.logs.LogBackend;
import dev.stackwright.observability.tracing.TraceBackend;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A Grafana datasource for a log or trace backend of the stack, loaded by the Grafana of the {@link
 * MonitoringStack}: a ConfigMap in the monitoring stack's namespace labelled {@code
 * grafana_datasource: "1"}, which the chart's datasource sidecar provisions. Its uid is the
 * backend's name, so dashboards and the other datasources link to it by type. A logs datasource
 * links trace ids found in log lines to the trace backend ({@code derivedFields}); a traces
 * datasource links spans to their logs and to Prometheus' metrics (exemplars come from the
 * monitoring stack's {@code exemplarsTo}).
 *
 * <pre>{@code
 * GrafanaDatasource.logs(loki).monitoringStack(monitoring).tracesIn(tempo).build();
 * GrafanaDatasource.traces(tempo).monitoringStack(monitoring).logsIn(loki).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class GrafanaDatasource implements Component {

  /** The label Grafana's datasource sidecar looks for. */
  public static final String DATASOURCE_LABEL = "grafana_datasource";

  /** The uid of the Prometheus datasource kube-prometheus-stack provisions. */
  public static final String PROMETHEUS_UID = "prometheus";

  /** The log backend read, for a logs datasource. */
  public abstract Optional<LogBackend> logBackend();

  /** The trace backend read, for a traces datasource. */
  public abstract Optional<TraceBackend> traceBackend();

  /** The monitoring stack whose Grafana loads the datasource; required. */
  public abstract Optional<MonitoringStack> monitoringStack();

  /** For a logs datasource: the trace backend the trace ids in log lines link to. */
  public abstract Optional<TraceBackend> tracesIn();

  /** For a traces datasource: the log backend spans link to, by trace id. */
  public abstract Optional<LogBackend> logsIn();

  /**
   * For a logs datasource: the regular expression that finds a trace id in a (JSON) log line, its
   * first group the id; {@code traceId}, {@code trace_id} or {@code traceID} fields by default.
   */
  @Value.Default
  public String traceIdPattern() {
    return "\"trace_?[iI][dD]\":\"(\\w+)\"";
  }

  /** The backend read. */
  public Component backend() {
    return logBackend().<Component>map(b -> b).or(() -> traceBackend().map(b -> b)).orElseThrow();
  }

  /** The datasource's name and uid: the backend's name. */
  @Override
  public String name() {
    return backend().name();
  }

  /** The monitoring stack's namespace, where Grafana's sidecar looks for datasources. */
  @Override
  public Optional<String> namespace() {
    return monitoringStack().flatMap(MonitoringStack::namespace);
  }

  @Override
  public String kind() {
    return "datasource";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  @Override
  public List<Component> dependsOn() {
    return monitoringStack().<List<Component>>map(List::of).orElse(List.of());
  }

  /** Starts the datasource of a log backend. */
  public static Builder logs(LogBackend backend) {
    return new Builder().logBackend(backend);
  }

  /** Starts the datasource of a trace backend. */
  public static Builder traces(TraceBackend backend) {
    return new Builder().traceBackend(backend);
  }

  /** The name of the ConfigMap carrying the datasource. */
  public String configMapName() {
    return name() + "-datasource";
  }

  @Value.Check
  void check() {
    if (logBackend().isPresent() == traceBackend().isPresent()) {
      throw StackwrightException.at(
          "datasource",
          ObservabilityRules.UNKNOWN_BACKEND,
          "a datasource reads exactly one backend: start it with GrafanaDatasource.logs(...) or"
              + " GrafanaDatasource.traces(...)");
    }
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    if (monitoringStack().isEmpty()) {
      checks.error(
          ObservabilityRules.MISSING_MONITORING_STACK,
          "monitoringStack",
          "the %s datasource needs the monitoring stack whose Grafana loads it; give it"
              + " monitoringStack(...)",
          name());
    } else if (!monitoringStack().get().grafana()) {
      checks.error(
          ObservabilityRules.MISSING_MONITORING_STACK,
          "monitoringStack",
          "monitoring stack \"%s\" runs no Grafana (grafana(false)) to load the %s datasource",
          monitoringStack().get().name(),
          name());
    }
    requireInStack(context, checks, "backend", backend());
    tracesIn().ifPresent(t -> requireInStack(context, checks, "tracesIn", t));
    logsIn().ifPresent(l -> requireInStack(context, checks, "logsIn", l));
  }

  private static void requireInStack(
      SynthContext context, Checks checks, String field, Component backend) {
    checks.require(
        context.contains(backend),
        ObservabilityRules.UNKNOWN_BACKEND,
        field,
        "%s \"%s\" is not part of the stack; add it to the stack",
        backend.kind(),
        backend.name());
  }

  /** The provisioning file Grafana reads, in {@code context}'s cluster. */
  public String provisioning(SynthContext context) {
    Map<String, Object> source = new TreeMap<>();
    source.put("name", name());
    source.put("uid", name());
    source.put("access", "proxy");
    Map<String, Object> json = new TreeMap<>();
    if (logBackend().isPresent()) {
      LogBackend logs = logBackend().get();
      source.put("type", logs.grafanaType());
      source.put("url", logs.queryUrl(context));
      tracesIn()
          .ifPresent(
              t -> {
                Map<String, Object> field = new TreeMap<>();
                field.put("name", "TraceID");
                field.put("matcherRegex", traceIdPattern());
                field.put("datasourceUid", t.name());
                // "$$" is a literal "$" for Grafana's provisioning, which expands variables.
                field.put("url", "$${__value.raw}");
                field.put("urlDisplayLabel", "View trace");
                json.put("derivedFields", List.of(field));
              });
    } else {
      TraceBackend traces = traceBackend().get();
      source.put("type", traces.grafanaType());
      source.put("url", traces.queryUrl(context));
      json.putAll(traces.grafanaLinks(logsIn().map(Component::name).orElse(""), PROMETHEUS_UID));
    }
    if (!json.isEmpty()) {
      source.put("jsonData", json);
    }
    Map<String, Object> file = new TreeMap<>();
    file.put("apiVersion", 1);
    file.put("datasources", new ArrayList<>(List.of(source)));
    return Yaml.write(file);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new ConfigMapBuilder()
            .withMetadata(
                context
                    .metadata(this, configMapName())
                    .addToLabels(DATASOURCE_LABEL, MonitoringStack.DASHBOARD_LABEL_VALUE)
                    .build())
            .addToData(configMapName() + ".yaml", provisioning(context))
            .build());
  }

  /** Builds a {@link GrafanaDatasource}. */
  public static class Builder extends ImmutableGrafanaDatasource.Builder {}
}
