package dev.stackwright.core;

import java.util.Locale;

/**
 * The layer of the cloud-native stack a component belongs to. The declaration order is the order of
 * the per-layer output files, chosen so that a layer only needs what earlier layers create:
 * namespaces and raw objects first, then upstream releases (which install operators and CRDs),
 * storage, compute, network, mesh and observability.
 */
public enum Layer {
  CORE(0),
  RELEASE(1),
  SECURITY(2),
  STORAGE(3),
  COMPUTE(4),
  NETWORK(5),
  MESH(6),
  OBSERVABILITY(7);

  private final int position;

  Layer(int position) {
    this.position = position;
  }

  /** The layer's place in apply order, which numbers the per-layer files. */
  public int position() {
    return position;
  }

  /** The lower-case name used in file names and reports, e.g. {@code compute}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
