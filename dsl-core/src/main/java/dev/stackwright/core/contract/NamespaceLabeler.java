package dev.stackwright.core.contract;

import java.util.Map;

/**
 * The cross-layer contract of a component that puts labels on namespaces it does not own: a mesh
 * membership adds its injection label, say. The core's namespaces ask every such component.
 */
public interface NamespaceLabeler {

  /** The labels to add to the namespace called {@code namespace}; empty when none. */
  Map<String, String> namespaceLabels(String namespace);
}
