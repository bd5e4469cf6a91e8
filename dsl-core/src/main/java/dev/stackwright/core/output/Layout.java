package dev.stackwright.core.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a stack's objects are split into YAML files. In every layout, lexical order is apply order.
 */
public enum Layout {
  /**
   * One {@code manifests.yaml} holding every object in apply order, and one per apply stage in the
   * delivery folder.
   */
  SINGLE_FILE("single"),
  /** One file per layer ({@code 00-core.yaml}, {@code 04-compute.yaml}...), in layer order. */
  PER_LAYER("per-layer"),
  /** One file per object, numbered in apply order: {@code 007-deployment-shop-api.yaml}. */
  PER_OBJECT("per-object");

  private final String option;

  Layout(String option) {
    this.option = option;
  }

  /** The name used on the command line. */
  public String option() {
    return option;
  }

  /** The layout called {@code option} on the command line. */
  public static Optional<Layout> fromOption(String option) {
    return Arrays.stream(values())
        .filter(l -> l.option.equals(option.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  @Override
  public String toString() {
    return option;
  }
}
