package dev.stackwright.observability.alerts;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One Prometheus alerting rule: a name, a PromQL expression, how long it must hold before it fires,
 * a severity, and the summary and description a human reads. It becomes one rule of a
 * PrometheusRule group.
 *
 * <pre>{@code
 * Alert.builder().name("ApiDown").expr("sum(up{job=\"api\"}) == 0").forDuration("5m")
 *     .severity(Severity.CRITICAL).summary("api has no healthy target").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Alert {
  private static final Pattern ALERT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TEMPLATE_LABEL =
      Pattern.compile("\\$labels\\.([A-Za-z_][A-Za-z0-9_]*)");

  /** The alert name, CamelCase by convention ({@code ApiHighErrorRate}). */
  public abstract String name();

  /** The PromQL expression; the alert fires for every series it returns. */
  public abstract String expr();

  /** How long the expression must hold before the alert fires (the rule's {@code for}). */
  public abstract Optional<String> forDuration();

  /** The alert's severity, set as its {@code severity} label. */
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /** A one-line summary; may use templates such as {@code {{ $labels.pod }}}. */
  @Value.Default
  public String summary() {
    return "";
  }

  /** A longer description of what happened and what to do. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Further labels on the alert. */
  public abstract Map<String, String> labels();

  /** Further annotations on the alert, such as {@code runbook_url}. */
  public abstract Map<String, String> annotations();

  /** A builder for an alert. */
  public static Builder builder() {
    return new Builder();
  }

  /** An alert called {@code name} firing on {@code expr} with {@code severity}. */
  public static Alert of(String name, String expr, Severity severity) {
    return builder().name(name).expr(expr).severity(severity).build();
  }

  /** The annotations as they go on the rule: summary, description and the extra ones, sorted. */
  public Map<String, String> allAnnotations() {
    Map<String, String> all = new TreeMap<>(annotations());
    if (!summary().isEmpty()) {
      all.put("summary", summary());
    }
    if (!description().isEmpty()) {
      all.put("description", description());
    }
    return all;
  }

  /** Reports every problem of this alert to {@code checks}, positioned at the alert. */
  public void validate(Checks checks) {
    checks.require(
        ALERT_NAME.matcher(name()).matches(),
        ObservabilityRules.INVALID_ALERT_NAME,
        "name",
        "expected an alert name of letters, digits and '_' such as ApiHighErrorRate, was \"%s\"",
        name());
    boolean exprOk = PromQl.check(expr(), checks, "expr");
    forDuration()
        .ifPresent(
            d ->
                checks.require(
                    Durations.isValid(d),
                    ObservabilityRules.INVALID_DURATION,
                    "for",
                    "expected a Prometheus duration such as 5m, was \"%s\"",
                    d));
    for (String label : new TreeMap<>(labels()).keySet()) {
      checks.require(
          PromQl.isLabelName(label),
          ObservabilityRules.INVALID_LABEL,
          "labels." + label,
          "expected a label name of letters, digits and '_', was \"%s\"",
          label);
    }
    Optional<Set<String>> kept = exprOk ? PromQl.keptLabels(expr()) : Optional.empty();
    if (kept.isPresent()) {
      allAnnotations().forEach((key, text) -> checkTemplate(checks, key, text, kept.get()));
    }
  }

  /** The rule as it goes into a PrometheusRule group. */
  public Rule toRule() {
    Map<String, String> ruleLabels = new TreeMap<>(labels());
    ruleLabels.put("severity", severity().label());
    return new RuleBuilder()
        .withAlert(name())
        .withExpr(new IntOrString(expr()))
        .withFor(forDuration().orElse(null))
        .withLabels(ruleLabels)
        .withAnnotations(allAnnotations().isEmpty() ? null : allAnnotations())
        .build();
  }

  private void checkTemplate(Checks checks, String key, String text, Set<String> kept) {
    Matcher m = TEMPLATE_LABEL.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      if (!kept.contains(label)) {
        checks.error(
            ObservabilityRules.UNKNOWN_LABEL,
            "annotations." + key,
            "refers to $labels.%s, but the expression keeps %s",
            label,
            kept.isEmpty() ? "no labels" : "only " + String.join(", ", kept));
      }
    }
  }

  /** Builds an {@link Alert}. */
  public static class Builder extends ImmutableAlert.Builder {}
}
