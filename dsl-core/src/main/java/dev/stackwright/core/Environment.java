package dev.stackwright.core;

import org.immutables.value.Value;

/**
 * The environment a stack is built for ({@code dev}, {@code staging}, {@code prod}...). One
 * definition builds a stack per environment by taking the environment as a parameter.
 */
@Value.Immutable
@StackwrightStyle
public interface Environment {

  /** The stack built without naming an environment. */
  Environment DEFAULT = of("default");

  /** The environment's name: a DNS-1123 label, used in folder and file names. */
  @Value.Parameter
  String name();

  /** The environment called {@code name}. */
  static Environment of(String name) {
    return ImmutableEnvironment.of(name);
  }

  /** Whether this environment is called {@code name}. */
  default boolean is(String name) {
    return name().equals(name);
  }
}
