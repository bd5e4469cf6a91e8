package dev.stackwright.examples.shop;

import dev.stackwright.core.Stack;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.NodePool;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.Taint;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.fleet.Fleet;
import dev.stackwright.core.fleet.FleetCluster;
import dev.stackwright.core.stage.Delivery;
import java.util.List;

/**
 * The shop as a fleet, every cluster from the same classes ({@link ShopPlatform#stack(
 * dev.stackwright.core.Environment, TargetCluster)}): prod in two regions on managed Kubernetes
 * (their own domains and regions), an edge k3s cluster in a store running the {@link ShopEdge}
 * subset on its edge node pool, and dev on OpenShift. Flux rolls it out, as it delivers the single
 * shop: a Kustomization per cluster in the management cluster, applying the cluster's stages
 * through its kubeconfig Secret. Runnable on its own ({@link #main}), outside {@code
 * Platforms.all()}: four more copies of the shop would quadruple the examples' output and CI time.
 */
public final class ShopFleet {
  private ShopFleet() {}

  /** Prod in Europe: managed Kubernetes 1.32. */
  public static final TargetCluster PROD_EU = prod("prod-eu", "eu-west-1", "eu.example.com");

  /** Prod in the US: managed Kubernetes 1.32. */
  public static final TargetCluster PROD_US = prod("prod-us", "us-east-1", "us.example.com");

  /** A store's k3s cluster: Traefik and local-path built in, its nodes an edge pool. */
  public static final TargetCluster EDGE_BERLIN =
      TargetCluster.builder()
          .name("edge-berlin")
          .distribution(Distribution.K3S)
          .kubernetesVersion("1.31")
          .region("eu-central")
          .domain("berlin.example.com")
          .provides(Prerequisite.FLUX)
          .addNodePool(
              NodePool.builder()
                  .name(ShopEdge.EDGE_POOL)
                  .putLabel("node-role.kubernetes.io/edge", "")
                  .addTaint(Taint.of("node-role.kubernetes.io/edge", "NoSchedule"))
                  .edge(true)
                  .build())
          .build();

  /** Dev on OpenShift 4 (Kubernetes 1.32), its router serving the routes. */
  public static final TargetCluster DEV_OPENSHIFT =
      TargetCluster.builder()
          .name("dev-openshift")
          .distribution(Distribution.OPENSHIFT)
          .kubernetesVersion("1.32")
          .region("eu-west-1")
          .domain("dev.example.com")
          .provides(Prerequisite.FLUX)
          .build();

  private static TargetCluster prod(String name, String region, String domain) {
    return TargetCluster.builder()
        .name(name)
        .kubernetesVersion("1.32")
        .region(region)
        .domain(domain)
        .provides(Prerequisite.FLUX)
        .build();
  }

  /** The fleet: prod-eu, prod-us, edge-berlin and dev-openshift, rolled out by Flux. */
  public static Fleet fleet() {
    return Fleet.builder()
        .name("shop")
        .delivery(Delivery.flux())
        .addClusters(
            FleetCluster.of(ShopPlatform.PROD, PROD_EU),
            FleetCluster.of(ShopPlatform.PROD, PROD_US),
            FleetCluster.of(ShopPlatform.PROD, EDGE_BERLIN),
            FleetCluster.of(ShopPlatform.DEV, DEV_OPENSHIFT))
        .build();
  }

  /** Every cluster's shop stack, then the management stack {@code shop-fleet}. */
  public static List<Stack> stacks() {
    return fleet().stacks(ShopPlatform::stack);
  }

  /** The Stackwright CLI over {@link #stacks()}. */
  public static void main(String[] args) {
    Stackwright.main(args, ShopFleet::stacks);
  }
}
