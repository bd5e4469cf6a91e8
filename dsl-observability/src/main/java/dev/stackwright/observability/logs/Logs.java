package dev.stackwright.observability.logs;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Labels;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.immutables.value.Value;

/**
 * What a workload logs and how its logs are kept: the line format the agent parses, the pod labels
 * kept as stream labels, and how long the backend keeps them. It synthesizes nothing itself: the
 * {@link FluentBit} agent it names generates its pipeline (input routing, parser, output) from
 * every declaration that names it, and the agent's {@link Loki} backend its per-stream retention.
 *
 * <pre>{@code
 * Logs.of(api, fluentBit).format(LogFormat.JSON)
 *     .addKeepLabels("app.kubernetes.io/version").retention("30d").build();
 * Logs.of(worker, fluentBit).format(LogFormat.MULTILINE).multilineStart("^\\d{4}-").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Logs implements Component {
  private static final Pattern NOT_LABEL_CHAR = Pattern.compile("[^a-zA-Z0-9_]");

  /** The workload whose containers' logs are collected. */
  public abstract PodSet workload();

  /** The agent that collects them. */
  public abstract FluentBit agent();

  /** The declaration's name; the workload's by default. */
  @Override
  @Value.Default
  public String name() {
    return workload().name();
  }

  @Override
  public Optional<String> namespace() {
    return workload().namespace();
  }

  /** How the workload writes its lines; {@link LogFormat#PLAIN} by default. */
  @Value.Default
  public LogFormat format() {
    return LogFormat.PLAIN;
  }

  /**
   * For {@link LogFormat#MULTILINE}: the regular expression a record's first line matches; by
   * default a line that does not start with white space.
   */
  @Value.Default
  public String multilineStart() {
    return "^\\S";
  }

  /**
   * For {@link LogFormat#MULTILINE}: the regular expression the record's further lines match; by
   * default an indented line, such as a Java stack frame.
   */
  @Value.Default
  public String multilineContinuation() {
    return "^\\s";
  }

  /**
   * Pod labels kept as stream labels (beside {@code namespace}, {@code workload} and {@code
   * container}), named with every character other than letters, digits and {@code _} turned into
   * {@code _}: {@code app.kubernetes.io/version} becomes {@code app_kubernetes_io_version}.
   */
  public abstract List<String> keepLabels();

  /**
   * How long the backend keeps the workload's logs (a duration of at least 24h such as {@code
   * 30d}); the backend's own retention when empty.
   */
  public abstract Optional<String> retention();

  @Override
  public String kind() {
    return "logs";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  /** Starts the log declaration of {@code workload}, collected by {@code agent}. */
  public static Builder of(PodSet workload, FluentBit agent) {
    return new Builder().workload(workload).agent(agent);
  }

  /** The stream label a kept pod label becomes. */
  public static String streamLabel(String podLabel) {
    return NOT_LABEL_CHAR.matcher(podLabel).replaceAll("_").toLowerCase(Locale.ROOT);
  }

  /**
   * The labels of the workload's stream, in {@code context}: {@code namespace} and {@code workload}
   * as values, {@code container} and each kept pod label as Fluent Bit record accessors.
   */
  public Map<String, String> streamLabels(SynthContext context) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("namespace", context.namespaceOf(workload()));
    labels.put("workload", workload().name());
    labels.put("container", "$kubernetes['container_name']");
    for (String label : keepLabels()) {
      labels.put(streamLabel(label), "$kubernetes['labels']['" + label + "']");
    }
    return labels;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.require(
        context.contains(workload()),
        ObservabilityRules.UNKNOWN_TARGET,
        "workload",
        "%s \"%s\" is not part of the stack; add it to the stack or declare the logs of another"
            + " one",
        workload().kind(),
        workload().name());
    checks.require(
        context.contains(agent()),
        ObservabilityRules.UNKNOWN_TARGET,
        "agent",
        "log agent %s \"%s\" is not part of the stack; add it to the stack",
        agent().kind(),
        agent().name());
    retention().ifPresent(r -> checkRetention(checks, "retention", r));
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < keepLabels().size(); i++) {
      String label = keepLabels().get(i);
      String problem = Labels.keyProblem(label);
      String at = "keepLabels[" + i + "]";
      if (problem != null) {
        checks.error(ObservabilityRules.INVALID_LABEL, at, "%s", problem);
        continue;
      }
      String stream = streamLabel(label);
      String previous = seen.putIfAbsent(stream, label);
      checks.require(
          previous == null && !List.of("namespace", "workload", "container").contains(stream),
          ObservabilityRules.INVALID_LABEL,
          at,
          "pod label \"%s\" becomes stream label \"%s\", which %s already",
          label,
          stream,
          previous == null ? "the agent sets" : "pod label \"" + previous + "\" becomes");
    }
    if (format() == LogFormat.MULTILINE) {
      checkPattern(checks, "multilineStart", multilineStart());
      checkPattern(checks, "multilineContinuation", multilineContinuation());
    }
  }

  /** Checks a log retention: a duration of at least one day, as Loki's compactor requires. */
  static void checkRetention(Checks checks, String field, String retention) {
    long seconds = Durations.seconds(retention);
    if (seconds < 0) {
      checks.error(
          ObservabilityRules.INVALID_DURATION,
          field,
          "expected a duration such as 30d or 720h, was \"%s\"",
          retention);
    } else if (seconds < 86400) {
      checks.error(
          ObservabilityRules.INVALID_DURATION,
          field,
          "logs are kept for at least 24h (the compactor deletes by day), was \"%s\"",
          retention);
    }
  }

  private static void checkPattern(Checks checks, String field, String pattern) {
    String problem = null;
    if (pattern.isBlank()) {
      problem = "the pattern is empty";
    } else if (pattern.contains("\"") || pattern.contains("/")) {
      problem = "the agent's rule syntax cannot hold \" or /; use \\x22 or \\x2f";
    } else {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        problem = "not a regular expression: " + e.getDescription();
      }
    }
    if (problem != null) {
      checks.error(ObservabilityRules.INVALID_PATTERN, field, "%s, was \"%s\"", problem, pattern);
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }

  /** Builds {@link Logs}. */
  public static class Builder extends ImmutableLogs.Builder {}
}
