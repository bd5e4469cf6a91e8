package dev.stackwright.core.patch;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A change to one synthesized object, applied after synthesis and before labels and output: the
 * escape hatch for any field the DSL lacks. A patch that matches no object is an error, never a
 * silent no-op.
 */
public interface Patch {

  /** The kind of object patched, e.g. {@code Deployment}. */
  String kind();

  /** The namespace of the object patched; empty matches any namespace. */
  Optional<String> namespace();

  /** The name of the object patched. */
  String name();

  /** Whether this patch is for {@code object}. */
  boolean matches(HasMetadata object);

  /** The patched object; may throw {@link PatchException} with a readable reason. */
  HasMetadata apply(HasMetadata object);

  /** A typed change: {@code Patch.typed(Deployment.class, "api", d -> ...)}. */
  static <T extends HasMetadata> Patch typed(Class<T> type, String name, UnaryOperator<T> change) {
    return new TypedPatch<>(type, Optional.empty(), name, change);
  }

  /** A typed change of the object in {@code namespace}. */
  static <T extends HasMetadata> Patch typed(
      Class<T> type, String namespace, String name, UnaryOperator<T> change) {
    return new TypedPatch<>(type, Optional.of(namespace), name, change);
  }

  /** An RFC 6902 JSON patch, given as JSON text, for the object of {@code kind} and name. */
  static Patch json(String kind, String name, String rfc6902) {
    return new JsonPatchOperation(kind, Optional.empty(), name, rfc6902);
  }

  /** An RFC 6902 JSON patch for the object of {@code kind} in {@code namespace}. */
  static Patch json(String kind, String namespace, String name, String rfc6902) {
    return new JsonPatchOperation(kind, Optional.of(namespace), name, rfc6902);
  }
}
