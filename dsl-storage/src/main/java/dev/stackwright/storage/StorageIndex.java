package dev.stackwright.storage;

import dev.stackwright.core.synth.SynthContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The claims and snapshots the stack declares, by namespace and name, built once per synthesis so
 * that checking each claim's source and each snapshot's claim stays linear in the stack's size.
 */
final class StorageIndex {
  private final Set<String> claims = new HashSet<>();
  private final Set<String> snapshots = new HashSet<>();

  private StorageIndex(SynthContext context) {
    context
        .componentsOf(Claim.class)
        .forEach(c -> claims.add(key(context.namespaceOf(c), c.name())));
    context
        .componentsOf(Snapshot.class)
        .forEach(s -> snapshots.add(key(context.namespaceOf(s), s.name())));
  }

  static StorageIndex of(SynthContext context) {
    return context.index(StorageIndex.class, StorageIndex::new);
  }

  /** Whether the stack declares the claim {@code name} in {@code namespace}. */
  boolean hasClaim(String namespace, String name) {
    return claims.contains(key(namespace, name));
  }

  /** Whether the stack declares the snapshot {@code name} in {@code namespace}. */
  boolean hasSnapshot(String namespace, String name) {
    return snapshots.contains(key(namespace, name));
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
