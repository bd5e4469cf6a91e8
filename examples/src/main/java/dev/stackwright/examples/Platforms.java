package dev.stackwright.examples;

import dev.stackwright.core.Stack;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.examples.factory.FactoryPlatform;
import dev.stackwright.examples.shop.ShopPlatform;
import java.util.List;

/**
 * The example platforms, runnable: {@code mvn -pl examples -am compile exec:java} synthesizes them
 * into {@code dist/} (plain YAML per environment and a Helm chart per stack). The shop's fleet
 * (four clusters, four more copies of the shop) is a CLI of its own, {@link
 * dev.stackwright.examples.shop.ShopFleet#main}, so this output and the examples' build stay small.
 */
public final class Platforms {
  private Platforms() {}

  /** Every stack of every example: the shop and the factory platforms, for dev and for prod. */
  public static List<Stack> all() {
    return List.of(
        ShopPlatform.stack(ShopPlatform.DEV),
        ShopPlatform.stack(ShopPlatform.PROD),
        FactoryPlatform.stack(FactoryPlatform.DEV),
        FactoryPlatform.stack(FactoryPlatform.PROD));
  }

  /** The Stackwright CLI over {@link #all()}. */
  public static void main(String[] args) {
    Stackwright.main(args, Platforms::all);
  }
}
