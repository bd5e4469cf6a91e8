package dev.stackwright.network;

import dev.stackwright.core.synth.SynthContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Which {@link Connections} first derives the policies of each namespace, so two connection sets
 * that would both write a namespace's default-deny policy are found in one pass.
 */
final class NamespaceOwners {
  private final Map<String, Connections> owners = new HashMap<>();

  private NamespaceOwners(SynthContext context) {
    for (Connections c : context.componentsOf(Connections.class)) {
      for (String ns : PolicyPlans.of(c, context).namespaces()) {
        owners.putIfAbsent(ns, c);
      }
    }
  }

  /** The index for the stack of {@code context}. */
  static NamespaceOwners of(SynthContext context) {
    return context.index(NamespaceOwners.class, NamespaceOwners::new);
  }

  /** The connections that first use namespace {@code ns}, or null. */
  Connections owner(String ns) {
    return owners.get(ns);
  }
}
