package dev.stackwright.core.synth;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A synthesized object with where it came from.
 *
 * @param object the Kubernetes object
 * @param origin the component that made it
 * @param layer the layer of that component
 */
public record SynthObject(HasMetadata object, ComponentId origin, Layer layer) {

  /** {@code Kind namespace/name}, or {@code Kind name} for a cluster-scoped object. */
  public String describe() {
    String ns = object.getMetadata().getNamespace();
    String name = object.getMetadata().getName();
    return object.getKind() + " " + (ns == null ? name : ns + "/" + name);
  }
}
