package dev.stackwright.mesh;

/** How a workload's inbound traffic must be encrypted. */
public enum MtlsMode {
  /** Only mutual-TLS traffic from mesh identities is accepted. */
  STRICT,
  /** Mutual TLS and plaintext are both accepted, for migrating clients into the mesh. */
  PERMISSIVE
}
