package dev.stackwright.observability;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.StorageClassRef;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/** A storage class of the stack, as the storage layer provides one, for this module's tests. */
public record TestStorageClass(String name) implements Component, StorageClassRef {

  @Override
  public String kind() {
    return "storageclass";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  @Override
  public Optional<Component> component() {
    return Optional.of(this);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
