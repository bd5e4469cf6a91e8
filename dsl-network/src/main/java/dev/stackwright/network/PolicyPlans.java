package dev.stackwright.network;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.HashMap;
import java.util.Map;

/**
 * The policy plan of each {@link Connections}, built once per synthesis: validation builds it
 * (reporting every problem), and the namespace index and synthesis reuse it.
 */
final class PolicyPlans {
  private final Map<ComponentId, PolicyPlan> plans = new HashMap<>();

  private PolicyPlans(SynthContext context) {}

  private static PolicyPlans of(SynthContext context) {
    return context.index(PolicyPlans.class, PolicyPlans::new);
  }

  /** Builds the plan of {@code c}, reporting to {@code checks}, and keeps it for later use. */
  static PolicyPlan validated(Connections c, SynthContext context, Checks checks) {
    PolicyPlan plan = PolicyPlan.build(c, context, checks);
    of(context).plans.put(context.idOf(c), plan);
    return plan;
  }

  /** The plan of {@code c}: the one validation built, or a new one when there is none yet. */
  static PolicyPlan of(Connections c, SynthContext context) {
    return of(context)
        .plans
        .computeIfAbsent(
            context.idOf(c),
            id -> PolicyPlan.build(c, context, Checks.root("connections " + c.name())));
  }
}
