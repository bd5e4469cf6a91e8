package dev.stackwright.storage.ceph;

import java.util.Locale;

/** The unit Ceph spreads a pool's replicas across: no two replicas share one. */
public enum FailureDomain {
  /** A single disk: survives a disk failure only. */
  OSD,
  /** A node: survives losing a node. */
  HOST,
  /** A rack (from the nodes' {@code topology.rook.io/rack} label). */
  RACK,
  /** A zone (from the nodes' {@code topology.kubernetes.io/zone} label). */
  ZONE;

  /** The value Rook expects, e.g. {@code host}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
