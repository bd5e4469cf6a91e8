package dev.stackwright.core;

import java.util.Locale;

/**
 * The layer of the cloud-native stack a component belongs to. The declaration order is the order of
 * the per-layer output files, chosen so that a layer only needs what earlier layers create:
 * namespaces and raw objects first, then upstream releases (which install operators and CRDs),
 * storage, compute, network, mesh and observability.
 */
public enum Layer {
  CORE,
  RELEASE,
  SECURITY,
  STORAGE,
  COMPUTE,
  NETWORK,
  MESH,
  OBSERVABILITY;

  /** The lower-case name used in file names and reports, e.g. {@code compute}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
