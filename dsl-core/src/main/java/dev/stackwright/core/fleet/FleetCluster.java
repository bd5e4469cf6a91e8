package dev.stackwright.core.fleet;

import dev.stackwright.core.Environment;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.TargetCluster;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cluster of a {@link Fleet}: the environment its stack is built for and its profile (a {@link
 * TargetCluster} with a name), plus how the management cluster reaches it.
 *
 * <pre>{@code
 * FleetCluster.of(PROD, TargetCluster.builder().name("prod-eu").region("eu-west-1").build())
 *     .withServer("https://prod-eu.k8s.example.com")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class FleetCluster {
  /** The environment the cluster's stack is built for. */
  @Value.Parameter
  public abstract Environment environment();

  /** The cluster's profile; it must have a name, which names its output folder. */
  @Value.Parameter
  public abstract TargetCluster target();

  /**
   * The cluster's API server as Argo CD knows it (its cluster secret's {@code server}); none by
   * default, which an Argo CD fleet refuses.
   */
  public abstract Optional<String> server();

  /**
   * The Secret in the management cluster's Flux namespace holding the cluster's kubeconfig (key
   * {@code value}); {@code <name>-kubeconfig} by default.
   */
  @Value.Default
  public String kubeConfigSecret() {
    return target().name().orElse("cluster") + "-kubeconfig";
  }

  /** The cluster's name; empty text when its profile has none (which the fleet reports). */
  public String name() {
    return target().name().orElse("");
  }

  /** The cluster {@code target} running {@code environment}. */
  public static FleetCluster of(Environment environment, TargetCluster target) {
    return ImmutableFleetCluster.of(environment, target);
  }

  /** The same cluster, reached by Argo CD at {@code server}. */
  public abstract FleetCluster withServer(String server);
}
