package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * A condition on a request header that a {@link Route} adds to its path: an HTTPRoute header match.
 * The Gateway API only; an Ingress cannot express it.
 */
@Value.Immutable
@StackwrightStyle
public interface HeaderMatch {

  /** The header name, such as {@code x-canary}. */
  @Value.Parameter
  String name();

  /** The value to compare with. */
  @Value.Parameter
  String value();

  /** Whether {@link #value()} is a regular expression rather than an exact value. */
  @Value.Default
  default boolean regex() {
    return false;
  }

  /** Header {@code name} equal to {@code value}. */
  static HeaderMatch exact(String name, String value) {
    return ImmutableHeaderMatch.of(name, value);
  }

  /** Header {@code name} matching the regular expression {@code pattern}. */
  static HeaderMatch regex(String name, String pattern) {
    return ImmutableHeaderMatch.builder().name(name).value(pattern).regex(true).build();
  }

  /** A stable text form for comparing matches: {@code name=value} or {@code name~pattern}. */
  default String key() {
    return name().toLowerCase(java.util.Locale.ROOT) + (regex() ? "~" : "=") + value();
  }
}
