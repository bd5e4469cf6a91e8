package dev.stackwright.core.patch;

import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A patch as a Java function over the typed fabric8 object. */
final class TypedPatch<T extends HasMetadata> implements Patch {
  private final Class<T> type;
  private final Optional<String> namespace;
  private final String name;
  private final UnaryOperator<T> change;

  TypedPatch(Class<T> type, Optional<String> namespace, String name, UnaryOperator<T> change) {
    this.type = Objects.requireNonNull(type, "type");
    this.namespace = namespace;
    this.name = Objects.requireNonNull(name, "name");
    this.change = Objects.requireNonNull(change, "change");
  }

  @Override
  public String kind() {
    return HasMetadata.getKind(type);
  }

  @Override
  public Optional<String> namespace() {
    return namespace;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean matches(HasMetadata object) {
    return type.isInstance(object)
        && name.equals(object.getMetadata().getName())
        && namespace.map(ns -> ns.equals(object.getMetadata().getNamespace())).orElse(true);
  }

  @Override
  public HasMetadata apply(HasMetadata object) {
    T result = change.apply(type.cast(Yaml.copy(object)));
    if (result == null) {
      throw new PatchException("the patch function returned null", null);
    }
    return result;
  }
}
