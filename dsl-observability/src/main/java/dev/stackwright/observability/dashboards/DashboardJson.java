package dev.stackwright.observability.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.PodQuery;
import dev.stackwright.observability.logs.LogBackend;
import dev.stackwright.observability.tracing.TraceBackend;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link Dashboard} as Grafana dashboard JSON: sorted keys, ids by position. */
final class DashboardJson {
  private static final int WIDTH = 6;
  private static final int HEIGHT = 8;
  private static final Map<String, String> DATASOURCE =
      Map.of("type", "prometheus", "uid", "${datasource}");
  private static final ObjectWriter WRITER =
      Yaml.json()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private DashboardJson() {}

  static String render(Dashboard dashboard, SynthContext context) {
    List<Object> panels = new ArrayList<>();
    int y = 0;
    for (PodSet workload : dashboard.workloads()) {
      String pods = PodQuery.matchers(workload, context.namespaceOf(workload));
      panels.add(row(panels.size() + 1, workload.name(), y));
      y += 1;
      List<Map<String, Object>> signals = signals(dashboard.metrics(), pods);
      for (int i = 0; i < signals.size(); i++) {
        Map<String, Object> panel = signals.get(i);
        panel.put("id", panels.size() + 1);
        panel.put("gridPos", grid(i * WIDTH, y, WIDTH, HEIGHT));
        panels.add(panel);
      }
      y += HEIGHT;
      List<Map<String, Object>> telemetry = new ArrayList<>();
      dashboard
          .logsIn()
          .ifPresent(b -> telemetry.add(logsPanel(b, context.namespaceOf(workload), workload)));
      dashboard.tracesIn().ifPresent(b -> telemetry.add(tracesPanel(b, workload)));
      int width = telemetry.isEmpty() ? 24 : 24 / telemetry.size();
      for (int i = 0; i < telemetry.size(); i++) {
        Map<String, Object> panel = telemetry.get(i);
        panel.put("id", panels.size() + 1);
        panel.put("gridPos", grid(i * width, y, width, HEIGHT));
        panels.add(panel);
      }
      if (!telemetry.isEmpty()) {
        y += HEIGHT;
      }
    }
    Map<String, Object> json = new TreeMap<>();
    json.put("uid", uid(context.namespaceOf(dashboard), dashboard.name()));
    json.put("title", dashboard.title());
    json.put("tags", List.copyOf(dashboard.tags()));
    json.put("editable", false);
    json.put("refresh", dashboard.refresh());
    json.put("schemaVersion", 39);
    json.put("version", 1);
    json.put("timezone", "browser");
    json.put("time", Map.of("from", "now-6h", "to", "now"));
    json.put("panels", panels);
    json.put(
        "templating",
        Map.of(
            "list",
            List.of(
                Map.of(
                    "name", "datasource",
                    "label", "Data source",
                    "type", "datasource",
                    "query", "prometheus"))));
    try {
      return WRITER.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> signals(HttpMetrics m, String pods) {
    String window = "[5m]";
    String requests = "sum(rate(" + m.requests() + "{" + pods + "}" + window + "))";
    String errors =
        "sum(rate(" + m.requests() + "{" + pods + "," + m.errorMatcher() + "}" + window + "))";
    String latency = "sum by (le) (rate(" + m.buckets() + "{" + pods + "}" + window + "))";
    String cpu =
        "sum(rate(container_cpu_usage_seconds_total{" + pods + ",container!=\"\"}" + window + "))";
    String memory = "sum(container_memory_working_set_bytes{" + pods + ",container!=\"\"})";
    String cpuLimit = "sum(kube_pod_container_resource_limits{" + pods + ",resource=\"cpu\"})";
    String memoryLimit =
        "sum(kube_pod_container_resource_limits{" + pods + ",resource=\"memory\"})";
    return List.of(
        panel(
            "Latency",
            "s",
            List.of(
                target("A", "histogram_quantile(0.5, " + latency + ")", "p50"),
                target("B", "histogram_quantile(0.99, " + latency + ")", "p99"))),
        panel("Traffic", "reqps", List.of(target("A", requests, "requests/s"))),
        panel(
            "Errors",
            "percentunit",
            List.of(target("A", errors + " / " + requests, "error ratio"))),
        panel(
            "Saturation",
            "percentunit",
            List.of(
                target("A", cpu + " / " + cpuLimit, "CPU of limit"),
                target("B", memory + " / " + memoryLimit, "memory of limit"))));
  }

  /** The workload's recent log lines, from the stream the log agent labels with its name. */
  private static Map<String, Object> logsPanel(
      LogBackend backend, String namespace, PodSet workload) {
    Map<String, String> datasource = Map.of("type", backend.grafanaType(), "uid", backend.name());
    Map<String, Object> target = new TreeMap<>();
    target.put("refId", "A");
    target.put("expr", "{namespace=\"" + namespace + "\", workload=\"" + workload.name() + "\"}");
    target.put("datasource", datasource);
    Map<String, Object> panel = new TreeMap<>();
    panel.put("type", "logs");
    panel.put("title", "Logs");
    panel.put("datasource", datasource);
    panel.put(
        "options", Map.of("showTime", true, "sortOrder", "Descending", "wrapLogMessage", true));
    panel.put("targets", List.of(target));
    return panel;
  }

  /** The workload's recent traces, by the service name its SDK reports (the workload's name). */
  private static Map<String, Object> tracesPanel(TraceBackend backend, PodSet workload) {
    Map<String, String> datasource = Map.of("type", backend.grafanaType(), "uid", backend.name());
    Map<String, Object> target = new TreeMap<>();
    target.put("refId", "A");
    target.put("datasource", datasource);
    target.put("limit", 20);
    if (backend.grafanaType().equals("tempo")) {
      target.put("queryType", "traceql");
      target.put("query", "{resource.service.name=\"" + workload.name() + "\"}");
    } else {
      target.put("queryType", "search");
      target.put("service", workload.name());
    }
    Map<String, Object> panel = new TreeMap<>();
    panel.put("type", "table");
    panel.put("title", "Traces");
    panel.put("datasource", datasource);
    panel.put("targets", List.of(target));
    return panel;
  }

  private static Map<String, Object> row(int id, String title, int y) {
    Map<String, Object> row = new TreeMap<>();
    row.put("id", id);
    row.put("type", "row");
    row.put("title", title);
    row.put("collapsed", false);
    row.put("panels", List.of());
    row.put("gridPos", grid(0, y, 24, 1));
    return row;
  }

  private static Map<String, Object> panel(
      String title, String unit, List<Map<String, Object>> targets) {
    Map<String, Object> panel = new TreeMap<>();
    panel.put("type", "timeseries");
    panel.put("title", title);
    panel.put("datasource", DATASOURCE);
    panel.put("fieldConfig", Map.of("defaults", Map.of("unit", unit), "overrides", List.of()));
    panel.put("targets", targets);
    return panel;
  }

  private static Map<String, Object> target(String refId, String expr, String legend) {
    Map<String, Object> target = new TreeMap<>();
    target.put("refId", refId);
    target.put("expr", expr);
    target.put("legendFormat", legend);
    target.put("datasource", DATASOURCE);
    return target;
  }

  private static Map<String, Object> grid(int x, int y, int w, int h) {
    return Map.of("x", x, "y", y, "w", w, "h", h);
  }

  /** A Grafana uid (at most 40 characters), stable for the dashboard's namespace and name. */
  static String uid(String namespace, String name) {
    String uid = namespace.isEmpty() ? name : namespace + "-" + name;
    if (uid.length() <= 40) {
      return uid;
    }
    return uid.substring(0, 31)
        + "-"
        + String.format(java.util.Locale.ROOT, "%08x", uid.hashCode());
  }
}
