package dev.stackwright.core.fleet;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.stage.FluxDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * A fleet: one stack definition applied to several clusters, each with its own profile (region,
 * domain, distribution, version, sizes) and environment. {@link #stacks} builds the definition once
 * per cluster, so each cluster's output goes to its own folder ({@code dist/shop/prod-eu/}) with
 * its own apply stages, and adds the management stack {@code <name>-fleet} whose objects roll the
 * fleet out from the management cluster: with Argo CD, one ApplicationSet whose list generator has
 * an element per cluster; with Flux, a Kustomization per cluster that applies the cluster's stage
 * Kustomizations through its kubeconfig.
 *
 * <pre>{@code
 * Fleet fleet = Fleet.builder()
 *     .name("shop")
 *     .addCluster(FleetCluster.of(PROD, euProfile).withServer("https://prod-eu.example.com"))
 *     .addCluster(FleetCluster.of(PROD, usProfile).withServer("https://prod-us.example.com"))
 *     .delivery(ArgoCdDelivery.builder().repoUrl("https://git.example.com/platform.git").build())
 *     .build();
 * List<Stack> stacks = fleet.stacks(ShopPlatform::stack);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Fleet {
  /** The name of the stack every cluster runs, and of the fleet. */
  public abstract String name();

  /** The clusters, in the order their outputs are written. */
  public abstract List<FleetCluster> clusters();

  /**
   * How the fleet is rolled out: an {@link ArgoCdDelivery} (an ApplicationSet in the management
   * cluster) or a {@link FluxDelivery} (a Kustomization per cluster); Flux by default.
   */
  @Value.Default
  public Delivery delivery() {
    return Delivery.flux();
  }

  /**
   * The management cluster the rollout objects are applied to; by default one that provides the
   * delivery's own kinds (Argo CD's or Flux's).
   */
  @Value.Default
  public TargetCluster management() {
    return TargetCluster.builder()
        .provides(delivery() instanceof ArgoCdDelivery ? Prerequisite.ARGO_CD : Prerequisite.FLUX)
        .build();
  }

  /**
   * The stack of every cluster, built by {@code definition} for the cluster's environment and
   * profile, and then the management stack. Each cluster's stack states the cluster as its target
   * (whatever the definition stated) and, with Argo CD, deploys its stages to the cluster's server.
   */
  public List<Stack> stacks(BiFunction<Environment, TargetCluster, Stack> definition) {
    List<Stack> stacks = new ArrayList<>(clusters().size() + 1);
    for (FleetCluster c : clusters()) {
      Stack built = definition.apply(c.environment(), c.target());
      Stack.Builder cluster = Stack.builder().from(built).target(c.target());
      if (delivery() instanceof ArgoCdDelivery argo && c.server().isPresent()) {
        cluster.delivery(ArgoCdDelivery.builder().from(argo).server(c.server().get()).build());
      } else {
        cluster.delivery(delivery());
      }
      stacks.add(cluster.build());
    }
    stacks.add(managementStack());
    return List.copyOf(stacks);
  }

  /**
   * The stack applied to the management cluster: the rollout objects in the delivery tool's
   * namespace, which the management cluster has already; applied with kubectl.
   */
  public Stack managementStack() {
    String namespace =
        delivery() instanceof ArgoCdDelivery argo
            ? argo.namespace()
            : delivery() instanceof FluxDelivery flux ? flux.namespace() : "default";
    return Stack.builder()
        .name(name() + "-fleet")
        .target(management())
        .delivery(Delivery.kubectl())
        .addNamespace(Namespace.existing(namespace))
        .defaultNamespace(namespace)
        .add(FleetRollout.of(this))
        .build();
  }

  /** A builder for a fleet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Fleet}. */
  public static class Builder extends ImmutableFleet.Builder {}
}
