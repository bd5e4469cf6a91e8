package dev.stackwright.security.policy;

import org.immutables.value.Value;

/**
 * A kind a user-written rule applies to: its API group (empty for the core group), version, kind.
 */
@Value.Immutable
public abstract class MatchKind {
  /** Pods of the core group. */
  public static final MatchKind POD = of("", "v1", "Pod");

  /** The API group; empty for the core group. */
  @Value.Parameter
  public abstract String group();

  /** The API version, e.g. {@code v1}. */
  @Value.Parameter
  public abstract String version();

  /** The kind, e.g. {@code Deployment}. */
  @Value.Parameter
  public abstract String kind();

  /** The kind {@code kind} of {@code group} at {@code version}. */
  public static MatchKind of(String group, String version, String kind) {
    return ImmutableMatchKind.of(group, version, kind);
  }

  /**
   * How Kyverno names it in {@code match.resources.kinds}: {@code Pod}, {@code apps/v1/Deployment}.
   */
  String kyvernoName() {
    return group().isEmpty() ? kind() : group() + "/" + version() + "/" + kind();
  }
}
