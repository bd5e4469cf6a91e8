package dev.stackwright.core.contract;

import java.util.Map;

/**
 * The cross-layer contract of a component that puts labels or annotations on namespaces it does not
 * own: a mesh membership adds its injection label (Istio) or annotation (Linkerd), say. The core's
 * namespaces ask every such component.
 */
public interface NamespaceLabeler {

  /** The labels to add to the namespace called {@code namespace}; empty when none. */
  Map<String, String> namespaceLabels(String namespace);

  /** The annotations to add to the namespace called {@code namespace}; empty when none. */
  default Map<String, String> namespaceAnnotations(String namespace) {
    return Map.of();
  }
}
