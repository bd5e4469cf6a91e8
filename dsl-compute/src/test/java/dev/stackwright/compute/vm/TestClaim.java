package dev.stackwright.compute.vm;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.VolumeSource;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.List;
import java.util.Optional;

/** A claim as the storage layer makes one, without depending on it (the module graph is a star). */
record TestClaim(String name, String ns) implements Component, VolumeSource {

  TestClaim(String name) {
    this(name, null);
  }

  @Override
  public String kind() {
    return "claim";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.ofNullable(ns);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new PersistentVolumeClaimBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .withNewResources()
            .addToRequests("storage", new io.fabric8.kubernetes.api.model.Quantity("10Gi"))
            .endResources()
            .endSpec()
            .build());
  }

  @Override
  public Volume toVolume(String volumeName) {
    return new VolumeBuilder()
        .withName(volumeName)
        .withNewPersistentVolumeClaim()
        .withClaimName(name)
        .endPersistentVolumeClaim()
        .build();
  }

  @Override
  public String defaultVolumeName() {
    return name;
  }

  @Override
  public Optional<Component> component() {
    return Optional.of(this);
  }
}
