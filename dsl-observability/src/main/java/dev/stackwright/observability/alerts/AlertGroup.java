package dev.stackwright.observability.alerts;

import dev.stackwright.core.StackwrightStyle;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroupBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A named group of alerts, evaluated together: one group of a PrometheusRule. */
@Value.Immutable
@StackwrightStyle
public abstract class AlertGroup {

  /** The group name, unique within its rule set. */
  public abstract String name();

  /** How often the group is evaluated; Prometheus' global interval when empty. */
  public abstract Optional<String> interval();

  /** The group's alerts, in order. */
  public abstract List<Alert> alerts();

  /** A builder for a group. */
  public static Builder builder() {
    return new Builder();
  }

  /** A group called {@code name} holding {@code alerts}. */
  public static AlertGroup of(String name, Alert... alerts) {
    return builder().name(name).addAllAlerts(Arrays.asList(alerts)).build();
  }

  /** The group as it goes into a PrometheusRule. */
  public RuleGroup toRuleGroup() {
    return new RuleGroupBuilder()
        .withName(name())
        .withInterval(interval().orElse(null))
        .withRules(alerts().stream().map(Alert::toRule).toList())
        .build();
  }

  /** Builds an {@link AlertGroup}. */
  public static class Builder extends ImmutableAlertGroup.Builder {}
}
