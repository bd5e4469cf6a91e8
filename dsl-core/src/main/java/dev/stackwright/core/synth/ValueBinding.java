package dev.stackwright.core.synth;

import dev.stackwright.core.ValueType;

/**
 * A field of a synthesized object that a Helm chart templates from values.yaml.
 *
 * @param objectKey the object, as {@code Kind/namespace/name}
 * @param pointer the field's JSON pointer in the object
 * @param path the dotted path in values.yaml
 * @param type the value's type
 * @param value the value the plain output holds
 */
public record ValueBinding(
    String objectKey, String pointer, String path, ValueType type, Object value) {

  /** The key of an object: {@code Kind/namespace/name} (namespace empty when cluster-scoped). */
  public static String keyOf(io.fabric8.kubernetes.api.model.HasMetadata object) {
    String ns = object.getMetadata().getNamespace();
    return object.getKind() + "/" + (ns == null ? "" : ns) + "/" + object.getMetadata().getName();
  }
}
