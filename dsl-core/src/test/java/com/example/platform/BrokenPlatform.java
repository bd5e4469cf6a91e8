package com.example.platform;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import java.util.List;

/**
 * A user's platform definition with a mistake: a component used before it is built. It lives
 * outside Stackwright's packages, as a user's code does, so the CLI reports its frames.
 */
public final class BrokenPlatform {
  private static Component api;

  private BrokenPlatform() {}

  /** The stacks; building them throws a NullPointerException from Stack.Builder.add. */
  public static List<Stack> stacks() {
    return List.of(shop());
  }

  private static Stack shop() {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(api).build();
  }
}
