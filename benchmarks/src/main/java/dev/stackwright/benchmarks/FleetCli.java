package dev.stackwright.benchmarks;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.fleet.Fleet;
import dev.stackwright.core.fleet.FleetCluster;
import dev.stackwright.examples.shop.ShopPlatform;
import java.util.List;
import java.util.Locale;

/**
 * The Stackwright CLI over a fleet of the reference platform: {@code -Dclusters=N} clusters
 * (default 10), each running the whole shop (prod on even clusters, dev on odd ones), in regions of
 * their own and under domains of their own, rolled out by Flux. {@code benchmarks/fleet} times it
 * as a process for 10 and 100 clusters: {@code java -Dclusters=100 -cp benchmarks.jar
 * dev.stackwright.benchmarks.FleetCli synth --out dist}.
 */
public final class FleetCli {
  private static final List<String> REGIONS =
      List.of("eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-1");

  private FleetCli() {}

  /** The fleet of {@code clusters} clusters. */
  public static Fleet fleet(int clusters) {
    Fleet.Builder fleet = Fleet.builder().name("shop");
    for (int i = 0; i < clusters; i++) {
      String name = String.format(Locale.ROOT, "c%03d", i);
      Environment env = i % 2 == 0 ? ShopPlatform.PROD : ShopPlatform.DEV;
      fleet.addCluster(
          FleetCluster.of(
              env,
              TargetCluster.builder()
                  .name(name)
                  .kubernetesVersion("1.32")
                  .region(REGIONS.get(i % REGIONS.size()))
                  .domain(name + ".example.com")
                  .provides(Prerequisite.FLUX)
                  .build()));
    }
    return fleet.build();
  }

  /** Every cluster's shop stack, then the management stack. */
  public static List<Stack> stacks(int clusters) {
    return fleet(clusters).stacks(ShopPlatform::stack);
  }

  /** Runs the CLI's command line {@code args} on a fleet of {@code -Dclusters} clusters. */
  public static void main(String[] args) {
    int clusters = Integer.getInteger("clusters", 10);
    Stackwright.main(args, () -> stacks(clusters));
  }
}
