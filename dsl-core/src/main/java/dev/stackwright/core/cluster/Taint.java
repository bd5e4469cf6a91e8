package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A taint the nodes of a {@link NodePool} carry: pods placed on the pool get the matching
 * toleration.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Taint {
  /** The taint's key, such as {@code node-role.kubernetes.io/edge}. */
  @Value.Parameter
  public abstract String key();

  /** The taint's value; none for a taint matched by key alone. */
  @Value.Parameter
  public abstract Optional<String> value();

  /** {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}. */
  @Value.Parameter
  public abstract String effect();

  /** A taint with a value. */
  public static Taint of(String key, String value, String effect) {
    return ImmutableTaint.of(key, Optional.of(value), effect);
  }

  /** A taint matched by its key alone. */
  public static Taint of(String key, String effect) {
    return ImmutableTaint.of(key, Optional.empty(), effect);
  }
}
