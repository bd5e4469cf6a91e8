package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Lets pods run on nodes with a matching taint (dedicated GPU nodes, say). Synthesizes into a pod
 * {@code Toleration}.
 *
 * <pre>{@code
 * TaintToleration.of("dedicated", "gpu", "NoSchedule")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class TaintToleration {
  private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  /** The taint key; empty with {@code Exists} tolerates every taint. */
  public abstract String key();

  /** The taint value; empty means any value ({@code Exists}). */
  public abstract Optional<String> value();

  /** The taint effect tolerated; empty means every effect. */
  public abstract Optional<String> effect();

  /** For {@code NoExecute}: how long the pod stays on a node after the taint appears. */
  public abstract Optional<Long> tolerationSeconds();

  /** Tolerates the taint {@code key=value:effect}. */
  public static TaintToleration of(String key, String value, String effect) {
    return ImmutableTaintToleration.builder().key(key).value(value).effect(effect).build();
  }

  /** Tolerates any taint with {@code key} and {@code effect}, whatever its value. */
  public static TaintToleration exists(String key, String effect) {
    return ImmutableTaintToleration.builder().key(key).effect(effect).build();
  }

  void validate(Checks checks) {
    effect()
        .filter(e -> !EFFECTS.contains(e))
        .ifPresent(
            e ->
                checks.error(
                    ComputeRules.INVALID_SCHEDULING,
                    "effect",
                    "expected NoSchedule, PreferNoSchedule or NoExecute, was \"%s\"",
                    e));
    if (tolerationSeconds().isPresent() && !effect().equals(Optional.of("NoExecute"))) {
      checks.error(
          ComputeRules.INVALID_SCHEDULING,
          "tolerationSeconds",
          "only applies to the NoExecute effect");
    }
  }

  Toleration toToleration() {
    return new TolerationBuilder()
        .withKey(key().isEmpty() ? null : key())
        .withOperator(value().isPresent() ? "Equal" : "Exists")
        .withValue(value().orElse(null))
        .withEffect(effect().orElse(null))
        .withTolerationSeconds(tolerationSeconds().orElse(null))
        .build();
  }
}
