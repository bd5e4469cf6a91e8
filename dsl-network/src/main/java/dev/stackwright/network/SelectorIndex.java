package dev.stackwright.network;

import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod sets of a stack by namespace and label, so a selector finds the pod sets it matches
 * without comparing every service with every workload.
 */
final class SelectorIndex {
  private final Map<String, List<PodSet>> byLabel = new HashMap<>();

  private SelectorIndex(SynthContext context) {
    for (PodSet p : context.componentsOf(PodSet.class)) {
      String ns = context.namespaceOf(p);
      for (Map.Entry<String, String> e : p.selectorLabels().entrySet()) {
        byLabel.computeIfAbsent(key(ns, e.getKey(), e.getValue()), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The index for the stack of {@code context}. */
  static SelectorIndex of(SynthContext context) {
    return context.index(SelectorIndex.class, SelectorIndex::new);
  }

  /**
   * The pod sets in {@code namespace} whose selector labels include every label of {@code
   * selector}; none for an empty selector.
   */
  List<PodSet> matching(String namespace, Map<String, String> selector) {
    List<PodSet> smallest = null;
    for (Map.Entry<String, String> e : selector.entrySet()) {
      List<PodSet> candidates =
          byLabel.getOrDefault(key(namespace, e.getKey(), e.getValue()), List.of());
      if (smallest == null || candidates.size() < smallest.size()) {
        smallest = candidates;
      }
    }
    if (smallest == null) {
      return List.of();
    }
    List<PodSet> found = new ArrayList<>();
    for (PodSet p : smallest) {
      if (p.selectorLabels().entrySet().containsAll(selector.entrySet())) {
        found.add(p);
      }
    }
    return found;
  }

  private static String key(String namespace, String label, String value) {
    return namespace + '\u0000' + label + '\u0000' + value;
  }
}
