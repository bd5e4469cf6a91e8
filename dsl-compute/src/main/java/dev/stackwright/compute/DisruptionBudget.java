package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How many of a workload's pods voluntary disruptions (node drains, upgrades) must leave running,
 * or may take down at once: a count or a percentage such as {@code 50%}. Declared on the workload,
 * it synthesizes into a {@code PodDisruptionBudget} named like the workload.
 */
@Value.Immutable
@StackwrightStyle
public abstract class DisruptionBudget {
  private static final Pattern VALUE = Pattern.compile("[0-9]+%?");

  /** Pods that must stay available: a count or a percentage. */
  public abstract Optional<String> minAvailable();

  /** Pods that may be unavailable at once: a count or a percentage. */
  public abstract Optional<String> maxUnavailable();

  /** At least {@code pods} pods stay available. */
  public static DisruptionBudget minAvailable(int pods) {
    return minAvailable(String.valueOf(pods));
  }

  /** At least {@code pods} (a count or a percentage such as {@code 50%}) stay available. */
  public static DisruptionBudget minAvailable(String pods) {
    return ImmutableDisruptionBudget.builder().minAvailable(pods).build();
  }

  /** At most {@code pods} pods are disrupted at once. */
  public static DisruptionBudget maxUnavailable(int pods) {
    return maxUnavailable(String.valueOf(pods));
  }

  /** At most {@code pods} (a count or a percentage) are disrupted at once. */
  public static DisruptionBudget maxUnavailable(String pods) {
    return ImmutableDisruptionBudget.builder().maxUnavailable(pods).build();
  }

  /**
   * Checks that the budget can be met with {@code replicas} healthy pods and still lets at least
   * one pod be evicted; otherwise a node drain would wait forever.
   */
  void validate(Checks checks, int replicas) {
    if (minAvailable().isPresent() == maxUnavailable().isPresent()) {
      checks.error(
          ComputeRules.UNSATISFIABLE_BUDGET,
          "",
          "set exactly one of minAvailable and maxUnavailable");
      return;
    }
    String field = minAvailable().isPresent() ? "minAvailable" : "maxUnavailable";
    String v = minAvailable().or(this::maxUnavailable).orElse("");
    if (!VALUE.matcher(v).matches()) {
      checks.error(
          ComputeRules.UNSATISFIABLE_BUDGET,
          field,
          "expected a count such as 2 or a percentage such as 50%%, was \"%s\"",
          v);
      return;
    }
    boolean percent = v.endsWith("%");
    long n = Long.parseLong(percent ? v.substring(0, v.length() - 1) : v);
    if (minAvailable().isPresent()) {
      long needed = percent ? (n * replicas + 99) / 100 : n;
      checks.require(
          needed < replicas,
          ComputeRules.UNSATISFIABLE_BUDGET,
          field,
          "minAvailable %s of %d replicas %s; it must stay below the replica count",
          v,
          replicas,
          needed > replicas
              ? "can never be satisfied"
              : "never allows an eviction, so node drains would block forever");
    } else {
      long allowed = percent ? n * replicas / 100 : n;
      checks.require(
          allowed >= 1 && (!percent || n <= 100),
          ComputeRules.UNSATISFIABLE_BUDGET,
          field,
          "maxUnavailable %s of %d replicas never allows an eviction, so node drains would block"
              + " forever",
          v,
          replicas);
    }
  }

  IntOrString toValue(String v) {
    return v.endsWith("%") ? new IntOrString(v) : new IntOrString(Integer.parseInt(v));
  }
}
