package dev.stackwright.observability.logs;

import dev.stackwright.core.synth.SynthContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Fluent Bit pipeline of an agent, generated from the {@link Logs} declarations that name it,
 * as the chart's classic-format {@code config.inputs}, {@code config.filters}, {@code
 * config.outputs} and {@code config.customParsers}:
 *
 * <ol>
 *   <li>one {@code tail} input over the container log files of the declared workloads' namespaces,
 *       CRI lines joined, positions kept in the agent's state folder;
 *   <li>the {@code kubernetes} filter adds pod metadata; a {@code rewrite_tag} filter per namespace
 *       gives each declared workload's records the tag {@code logs.<namespace>.<workload>} (by the
 *       workload's selector label), and records of any other pod go nowhere;
 *   <li>per workload, a {@code parser} (JSON, logfmt) or {@code multiline} filter by its format;
 *   <li>per workload, the backend's output with the workload's stream labels.
 * </ol>
 */
final class FluentBitConfig {
  static final String STATE_DIR = "/var/lib/fluent-bit";
  static final String JSON_PARSER = "stackwright_json";
  static final String LOGFMT_PARSER = "stackwright_logfmt";

  private final List<Logs> logs;
  private final LogBackend backend;
  private final SynthContext context;

  FluentBitConfig(List<Logs> logs, LogBackend backend, SynthContext context) {
    this.logs = logs;
    this.backend = backend;
    this.context = context;
  }

  /** The tag of a workload's records after routing. */
  static String tag(String namespace, String workload) {
    return "logs." + namespace + "." + workload;
  }

  String inputs() {
    if (logs.isEmpty()) {
      return "";
    }
    TreeSet<String> namespaces = new TreeSet<>();
    logs.forEach(l -> namespaces.add(context.namespaceOf(l.workload())));
    Map<String, String> tail = new LinkedHashMap<>();
    tail.put("Name", "tail");
    tail.put("Tag", "kube.*");
    tail.put(
        "Path",
        namespaces.stream()
            .map(ns -> "/var/log/containers/*_" + ns + "_*.log")
            .collect(Collectors.joining(",")));
    tail.put("multiline.parser", "cri");
    tail.put("DB", STATE_DIR + "/tail.db");
    tail.put("Mem_Buf_Limit", "16MB");
    tail.put("Skip_Long_Lines", "On");
    tail.put("Refresh_Interval", "10");
    return section("INPUT", tail);
  }

  String filters() {
    if (logs.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Map<String, String> kubernetes = new LinkedHashMap<>();
    kubernetes.put("Name", "kubernetes");
    kubernetes.put("Match", "kube.*");
    kubernetes.put("Merge_Log", "Off");
    kubernetes.put("Labels", "On");
    kubernetes.put("Annotations", "Off");
    kubernetes.put("K8S-Logging.Exclude", "On");
    out.append(section("FILTER", kubernetes));
    Map<String, List<Logs>> byNamespace = new TreeMap<>();
    logs.forEach(
        l ->
            byNamespace
                .computeIfAbsent(context.namespaceOf(l.workload()), k -> new ArrayList<>())
                .add(l));
    byNamespace.forEach(
        (ns, declared) -> {
          List<String[]> route = new ArrayList<>();
          route.add(new String[] {"Name", "rewrite_tag"});
          route.add(
              new String[] {
                "Match_Regex", "^kube\\.var\\.log\\.containers\\.[^_]+_" + regexQuote(ns) + "_.+$"
              });
          for (Logs l : declared) {
            Map.Entry<String, String> selector = selector(l);
            route.add(
                new String[] {
                  "Rule",
                  "$kubernetes['labels']['"
                      + selector.getKey()
                      + "'] ^"
                      + regexQuote(selector.getValue())
                      + "$ "
                      + tag(ns, l.workload().name())
                      + " false"
                });
          }
          route.add(new String[] {"Emitter_Name", "route_" + ns.replace('-', '_')});
          out.append(section("FILTER", route));
        });
    for (Logs l : logs) {
      String tag = tag(context.namespaceOf(l.workload()), l.workload().name());
      Map<String, String> parse = new LinkedHashMap<>();
      switch (l.format()) {
        case JSON, LOGFMT -> {
          parse.put("Name", "parser");
          parse.put("Match", tag);
          parse.put("Key_Name", "log");
          parse.put("Parser", l.format() == LogFormat.JSON ? JSON_PARSER : LOGFMT_PARSER);
          parse.put("Reserve_Data", "On");
        }
        case MULTILINE -> {
          parse.put("Name", "multiline");
          parse.put("Match", tag);
          parse.put("multiline.key_content", "log");
          parse.put("multiline.parser", multilineParser(l));
        }
        case PLAIN -> {}
      }
      if (!parse.isEmpty()) {
        out.append(section("FILTER", parse));
      }
    }
    return out.toString();
  }

  String outputs() {
    StringBuilder out = new StringBuilder();
    for (Logs l : logs) {
      Map<String, String> output = new LinkedHashMap<>();
      Map<String, String> options = backend.fluentBitOutput(l, l.streamLabels(context), context);
      output.put("Name", options.getOrDefault("Name", ""));
      output.put("Match", tag(context.namespaceOf(l.workload()), l.workload().name()));
      options.forEach(output::putIfAbsent);
      out.append(section("OUTPUT", output));
    }
    return out.toString();
  }

  String customParsers() {
    StringBuilder out = new StringBuilder();
    if (logs.stream().anyMatch(l -> l.format() == LogFormat.JSON)) {
      out.append(section("PARSER", Map.of("Name", JSON_PARSER, "Format", "json")));
    }
    if (logs.stream().anyMatch(l -> l.format() == LogFormat.LOGFMT)) {
      out.append(section("PARSER", Map.of("Name", LOGFMT_PARSER, "Format", "logfmt")));
    }
    for (Logs l : logs) {
      if (l.format() == LogFormat.MULTILINE) {
        List<String[]> parser = new ArrayList<>();
        parser.add(new String[] {"name", multilineParser(l)});
        parser.add(new String[] {"type", "regex"});
        parser.add(new String[] {"flush_timeout", "1000"});
        parser.add(
            new String[] {"rule", "\"start_state\" \"/" + l.multilineStart() + "/\" \"cont\""});
        parser.add(
            new String[] {"rule", "\"cont\" \"/" + l.multilineContinuation() + "/\" \"cont\""});
        out.append(section("MULTILINE_PARSER", parser));
      }
    }
    return out.toString();
  }

  private String multilineParser(Logs l) {
    return "stackwright_"
        + (context.namespaceOf(l.workload()) + "_" + l.workload().name()).replace('-', '_');
  }

  /**
   * The selector label the agent routes a workload's records by: its name label, else the first.
   */
  private static Map.Entry<String, String> selector(Logs l) {
    Map<String, String> labels = new TreeMap<>(l.workload().selectorLabels());
    String name = SynthContext.NAME_LABEL;
    if (labels.isEmpty()) {
      return Map.entry(name, l.workload().name());
    }
    if (labels.containsKey(name)) {
      return Map.entry(name, labels.get(name));
    }
    return labels.entrySet().iterator().next();
  }

  private static String regexQuote(String literal) {
    return literal.replace(".", "\\.");
  }

  private static String section(String name, Map<String, String> entries) {
    List<String[]> list = new ArrayList<>();
    entries.forEach((k, v) -> list.add(new String[] {k, v}));
    if (!(entries instanceof LinkedHashMap)) {
      list.sort(
          (a, b) -> a[0].equals("Name") ? -1 : b[0].equals("Name") ? 1 : a[0].compareTo(b[0]));
    }
    return section(name, list);
  }

  private static String section(String name, List<String[]> entries) {
    int width = entries.stream().mapToInt(e -> e[0].length()).max().orElse(0);
    StringBuilder out = new StringBuilder("[").append(name).append("]\n");
    for (String[] e : entries) {
      out.append("    ").append(e[0]).append(" ".repeat(width - e[0].length() + 1)).append(e[1]);
      out.append('\n');
    }
    return out.append('\n').toString();
  }
}
