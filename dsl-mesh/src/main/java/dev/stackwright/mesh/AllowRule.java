package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who may call a workload: the client workloads (by their service-account identity), optionally
 * narrowed to ports, HTTP methods and paths. A path ending in {@code *} matches by prefix.
 */
@Value.Immutable
@StackwrightStyle
public interface AllowRule {

  /** The client workloads allowed; their service accounts are their mesh identities. */
  List<PodSet> sources();

  /** The target's ports allowed, by name or number; every port when empty. */
  List<String> ports();

  /** The HTTP methods allowed, upper case; every method when empty. */
  List<String> methods();

  /** The paths allowed, exact or ending in {@code *} for a prefix; every path when empty. */
  List<String> paths();

  /** Allows {@code clients} on every port, method and path. */
  static AllowRule from(PodSet... clients) {
    return builder().addAllSources(Arrays.asList(clients)).build();
  }

  /** A builder for an allow rule. */
  static Builder builder() {
    return new Builder();
  }

  /** This rule narrowed to {@code ports}. */
  default AllowRule onPorts(String... ports) {
    return builder().from(this).addAllPorts(Arrays.asList(ports)).build();
  }

  /** This rule narrowed to {@code methods}. */
  default AllowRule forMethods(String... methods) {
    return builder().from(this).addAllMethods(Arrays.asList(methods)).build();
  }

  /** This rule narrowed to {@code paths}. */
  default AllowRule onPaths(String... paths) {
    return builder().from(this).addAllPaths(Arrays.asList(paths)).build();
  }

  /** Builds an {@link AllowRule}. */
  class Builder extends ImmutableAllowRule.Builder {}
}
