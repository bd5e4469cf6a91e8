package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A node-affinity rule on a node label: required (every required rule must hold) or preferred with
 * a weight. Synthesizes into the pod's {@code affinity.nodeAffinity}.
 *
 * <pre>{@code
 * NodeRule.require("kubernetes.io/arch", "amd64", "arm64")
 * NodeRule.prefer(50, "node.kubernetes.io/instance-type", "m7i.large")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class NodeRule {
  private static final Set<String> OPERATORS =
      Set.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt");

  /** The node label key. */
  public abstract String key();

  /** The operator: {@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}, ... */
  public abstract String operator();

  /** The values compared with the label. */
  public abstract List<String> values();

  /** The weight (1..100) of a preferred rule; empty for a required rule. */
  public abstract Optional<Integer> weight();

  /** Requires the node label {@code key} to have one of {@code values}. */
  public static NodeRule require(String key, String... values) {
    return ImmutableNodeRule.builder().key(key).operator("In").addValues(values).build();
  }

  /** Requires the node label {@code key} to have none of {@code values}. */
  public static NodeRule requireNot(String key, String... values) {
    return ImmutableNodeRule.builder().key(key).operator("NotIn").addValues(values).build();
  }

  /** Prefers, with {@code weight} (1..100), nodes whose label {@code key} is one of values. */
  public static NodeRule prefer(int weight, String key, String... values) {
    return ImmutableNodeRule.builder()
        .key(key)
        .operator("In")
        .addValues(values)
        .weight(weight)
        .build();
  }

  /** A rule with any operator; {@code weight} empty for a required rule. */
  public static NodeRule of(
      String key, String operator, List<String> values, Optional<Integer> weight) {
    return ImmutableNodeRule.builder()
        .key(key)
        .operator(operator)
        .values(values)
        .weight(weight)
        .build();
  }

  void validate(Checks checks) {
    if (!OPERATORS.contains(operator())) {
      checks.error(
          ComputeRules.INVALID_SCHEDULING,
          "operator",
          "expected one of In, NotIn, Exists, DoesNotExist, Gt, Lt, was \"%s\"",
          operator());
    } else {
      boolean wantsValues = !operator().equals("Exists") && !operator().equals("DoesNotExist");
      checks.require(
          wantsValues != values().isEmpty(),
          ComputeRules.INVALID_SCHEDULING,
          "values",
          "operator %s %s values",
          operator(),
          wantsValues ? "needs" : "takes no");
    }
    weight()
        .filter(w -> w < 1 || w > 100)
        .ifPresent(
            w ->
                checks.error(
                    ComputeRules.INVALID_SCHEDULING,
                    "weight",
                    "expected a weight between 1 and 100, was %d",
                    w));
  }

  NodeSelectorRequirement toRequirement() {
    return new NodeSelectorRequirementBuilder()
        .withKey(key())
        .withOperator(operator())
        .withValues(values().isEmpty() ? null : List.copyOf(values()))
        .build();
  }
}
