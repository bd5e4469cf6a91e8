package dev.stackwright.observability.alerts;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRuleBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A set of alerting rules, synthesized into one Prometheus-operator {@code PrometheusRule}: groups
 * of typed {@link Alert}s, the ready-made {@link WorkloadAlerts} of workloads and the burn-rate
 * alerts of {@link Slo}s. Every expression is checked before it reaches Prometheus.
 *
 * <pre>{@code
 * AlertRules rules = AlertRules.forWorkload(api)
 *     .addSlo(Slo.availability(api, 99.9, HttpMetrics.micrometer()))
 *     .monitoringStack(monitoring)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class AlertRules implements Component {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Groups of hand-written alerts. */
  public abstract List<AlertGroup> groups();

  /** Ready-made alerts of workloads, one group each. */
  public abstract List<WorkloadAlerts> workloads();

  /** Service level objectives, one group of burn-rate alerts each. */
  public abstract List<Slo> slos();

  /** The release that installs the operator's CRDs; the rule is ordered after it. */
  public abstract Optional<Component> monitoringStack();

  /** Extra labels on the PrometheusRule object. */
  public abstract Map<String, String> labels();

  @Override
  public String kind() {
    return "alert-rules";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  @Override
  public List<Component> dependsOn() {
    return monitoringStack().map(List::of).orElse(List.of());
  }

  /** A builder for a rule set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts the rule set of a workload: named and placed like it, holding its ready-made alerts. */
  public static Builder forWorkload(PodSet podSet) {
    Builder builder = builder().name(podSet.name()).addWorkload(WorkloadAlerts.of(podSet));
    podSet.namespace().ifPresent(builder::namespace);
    return builder;
  }

  /** Every group of the rule set, the derived ones resolved against the stack's namespaces. */
  public List<AlertGroup> allGroups(SynthContext context) {
    List<AlertGroup> all = new ArrayList<>(groups());
    for (WorkloadAlerts w : workloads()) {
      all.add(w.group(context.namespaceOf(w.podSet())));
    }
    for (Slo slo : slos()) {
      all.add(slo.group(context.namespaceOf(slo.podSet())));
    }
    return all;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (groups().isEmpty() && workloads().isEmpty() && slos().isEmpty()) {
      checks.error(
          ObservabilityRules.EMPTY_RULES,
          "groups",
          "the rule set has no alerts; add a group, workload alerts or an SLO");
    }
    Set<String> seen = new HashSet<>();
    for (AlertGroup group : groups()) {
      validateGroup(group, checks.in("group", group.name()), seen);
    }
    for (WorkloadAlerts w : workloads()) {
      Checks at = checks.in("workload-alerts", w.podSet().name());
      long before = errors(checks);
      w.validate(context, at);
      if (errors(checks) == before) {
        validateGroup(w.group(context.namespaceOf(w.podSet())), at, seen);
      }
    }
    for (Slo slo : slos()) {
      Checks at = checks.in("slo", slo.name());
      long before = errors(checks);
      slo.validate(context, at);
      if (errors(checks) == before) {
        validateGroup(slo.group(context.namespaceOf(slo.podSet())), at, seen);
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new PrometheusRuleBuilder()
            .withMetadata(context.metadata(this).addToLabels(new TreeMap<>(labels())).build())
            .withNewSpec()
            .withGroups(allGroups(context).stream().map(AlertGroup::toRuleGroup).toList())
            .endSpec()
            .build());
  }

  private static long errors(Checks checks) {
    return checks.diagnostics().stream().filter(d -> d.isError()).count();
  }

  private static void validateGroup(AlertGroup group, Checks at, Set<String> seen) {
    if (!seen.add(group.name())) {
      at.error(
          ObservabilityRules.DUPLICATE_GROUP,
          "name",
          "group name \"%s\" is used twice; group names must be unique within a rule set",
          group.name());
    }
    if (group.name().isBlank()) {
      at.error(ObservabilityRules.EMPTY_RULES, "name", "the group has no name");
    }
    if (group.alerts().isEmpty()) {
      at.error(ObservabilityRules.EMPTY_RULES, "alerts", "the group has no alerts");
    }
    group
        .interval()
        .ifPresent(
            i ->
                at.require(
                    Durations.isValid(i),
                    ObservabilityRules.INVALID_DURATION,
                    "interval",
                    "expected a Prometheus duration such as 1m, was \"%s\"",
                    i));
    for (Alert alert : group.alerts()) {
      alert.validate(at.in("alert", alert.name()));
    }
  }

  /** Builds {@link AlertRules}. */
  public static class Builder extends ImmutableAlertRules.Builder {}
}
