package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;

/** Small stacks for the tests: everything in namespace {@code shop} unless said otherwise. */
final class Stacks {
  private Stacks() {}

  static Stack shop(Component... components) {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build();
  }

  static Stack.Builder builder(Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .defaultNamespace("shop")
        .add(components);
  }
}
