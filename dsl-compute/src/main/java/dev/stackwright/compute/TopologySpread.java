package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Spreads the workload's pods evenly across topology domains (zones, nodes), allowing at most
 * {@link #maxSkew()} pods of difference. Synthesizes into a {@code topologySpreadConstraint}
 * selecting the workload's own pods.
 */
@Value.Immutable
@StackwrightStyle
public abstract class TopologySpread {

  /** The node label whose values are the domains. */
  public abstract String topologyKey();

  /** The largest allowed difference in pod count between two domains. */
  @Value.Default
  public int maxSkew() {
    return 1;
  }

  /** Whether an uneven placement only lowers the score instead of blocking the pod. */
  @Value.Default
  public boolean scheduleAnyway() {
    return false;
  }

  /** An even spread across zones. */
  public static TopologySpread acrossZones() {
    return ImmutableTopologySpread.builder().topologyKey(PodPlacement.ZONE).build();
  }

  /** An even spread across nodes. */
  public static TopologySpread acrossNodes() {
    return ImmutableTopologySpread.builder().topologyKey(PodPlacement.HOSTNAME).build();
  }

  /** This spread with a skew of at most {@code skew}. */
  public abstract TopologySpread withMaxSkew(int skew);

  /** This spread as a soft preference ({@code ScheduleAnyway}). */
  public TopologySpread soft() {
    return ImmutableTopologySpread.builder().from(this).scheduleAnyway(true).build();
  }

  void validate(Checks checks) {
    checks.require(
        maxSkew() >= 1,
        ComputeRules.INVALID_SCHEDULING,
        "maxSkew",
        "expected at least 1, was %d",
        maxSkew());
  }

  TopologySpreadConstraint toConstraint(Map<String, String> selfLabels) {
    return new TopologySpreadConstraintBuilder()
        .withTopologyKey(topologyKey())
        .withMaxSkew(maxSkew())
        .withWhenUnsatisfiable(scheduleAnyway() ? "ScheduleAnyway" : "DoNotSchedule")
        .withNewLabelSelector()
        .withMatchLabels(new TreeMap<>(selfLabels))
        .endLabelSelector()
        .build();
  }
}
