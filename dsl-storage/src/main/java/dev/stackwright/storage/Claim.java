package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.VolumeSource;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Quantities;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A persistent volume claim: storage of a size and class that pods mount. Synthesizes into a {@code
 * PersistentVolumeClaim}; as a {@link VolumeSource} it becomes a {@code persistentVolumeClaim} pod
 * volume, and the workload mounting it is ordered after it.
 *
 * <pre>{@code
 * Claim data = Claim.of("data", "20Gi", cephBlock);
 * Claim restored = Claim.of("data-restored", "20Gi", cephBlock)
 *     .withDataSource(ClaimSource.snapshot(beforeMigration));
 * Claim grown = data.withSize("50Gi").withResizedFrom("20Gi");
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Claim implements Component, VolumeSource, ClaimSpec {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract String size();

  @Override
  public abstract Optional<String> storageClass();

  @Override
  public abstract List<AccessMode> accessModes();

  /** File system by default. */
  @Override
  @Value.Default
  public VolumeMode volumeMode() {
    return VolumeMode.FILESYSTEM;
  }

  /** The persistent volume to bind to by name, for a pre-created volume. */
  public abstract Optional<String> volumeName();

  /** A snapshot to restore or a claim to clone into the new volume. */
  public abstract Optional<ClaimSource> dataSource();

  /**
   * The size the claim has in the cluster when {@link #size()} grows it: growing needs a class that
   * allows expansion, and a claim can never shrink. Unset means the claim is new or unchanged.
   */
  public abstract Optional<String> resizedFrom();

  /** This claim with another size. */
  public abstract Claim withSize(String value);

  /** This claim, noting the size it had before. */
  public abstract Claim withResizedFrom(String value);

  /** This claim with these access modes. */
  public abstract Claim withAccessModes(AccessMode... elements);

  /** This claim, filled from {@code value}. */
  public abstract Claim withDataSource(ClaimSource value);

  /** This claim in {@code value}. */
  public abstract Claim withNamespace(String value);

  @Override
  public String kind() {
    return "claim";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** A claim of {@code size} on the cluster's default storage class. */
  public static Claim of(String name, String size) {
    return builder().name(name).size(size).build();
  }

  /** A claim of {@code size} on {@code storageClass}. */
  public static Claim of(String name, String size, StorageClass storageClass) {
    return of(name, size, storageClass.name());
  }

  /** A claim of {@code size} on the storage class called {@code storageClass}. */
  public static Claim of(String name, String size, String storageClass) {
    return builder().name(name).size(size).storageClass(storageClass).build();
  }

  /** A builder for a claim. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Volume toVolume(String volumeName) {
    return new VolumeBuilder()
        .withName(volumeName)
        .withNewPersistentVolumeClaim()
        .withClaimName(name())
        .endPersistentVolumeClaim()
        .build();
  }

  @Override
  public String defaultVolumeName() {
    return name();
  }

  @Override
  public Optional<Component> component() {
    return Optional.of(this);
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    Optional<StorageClass> storageClass = checkSpec(context, checks);
    resizedFrom().ifPresent(previous -> checkResize(previous, storageClass, checks));
    dataSource().ifPresent(source -> checkSource(source, context, checks));
  }

  private void checkResize(String previous, Optional<StorageClass> storageClass, Checks checks) {
    BigDecimal before = Quantities.parse(previous);
    BigDecimal now = Quantities.parse(size());
    if (before == null) {
      checks.error(
          StorageRules.INVALID_SIZE,
          "resizedFrom",
          "expected a size such as 10Gi, was \"%s\"",
          previous);
      return;
    }
    if (now == null || now.compareTo(before) == 0) {
      return;
    }
    if (now.compareTo(before) < 0) {
      checks.error(
          StorageRules.SHRINK,
          "size",
          "a claim cannot shrink: it was %s, now %s",
          previous,
          size());
    } else if (storageClass.isPresent() && !storageClass.get().allowVolumeExpansion()) {
      checks.error(
          StorageRules.EXPANSION_NOT_ALLOWED,
          "size",
          "growing the claim from %s to %s needs volume expansion, which storage class %s does not"
              + " allow (allowVolumeExpansion is false)",
          previous,
          size(),
          storageClass.get().name());
    }
  }

  private void checkSource(ClaimSource source, SynthContext context, Checks checks) {
    if (source.existing()) {
      return;
    }
    String ns = context.namespaceOf(this);
    StorageIndex index = StorageIndex.of(context);
    boolean found =
        source.type() == ClaimSource.Type.SNAPSHOT
            ? index.hasSnapshot(ns, source.name())
            : index.hasClaim(ns, source.name());
    if (!found) {
      boolean snapshot = source.type() == ClaimSource.Type.SNAPSHOT;
      checks.error(
          snapshot ? StorageRules.UNKNOWN_SNAPSHOT : StorageRules.UNKNOWN_SOURCE_CLAIM,
          "dataSource",
          "%s \"%s\" is not declared in namespace %s of the stack; declare it, or use"
              + " ClaimSource.%s(\"%s\") if it exists only in the cluster",
          snapshot ? "snapshot" : "claim",
          source.name(),
          ns,
          snapshot ? "existingSnapshot" : "existingClaim",
          source.name());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    PersistentVolumeClaimSpecBuilder spec = specBuilder();
    volumeName().ifPresent(spec::withVolumeName);
    dataSource().ifPresent(source -> spec.withDataSource(source.toReference()));
    return List.of(
        new PersistentVolumeClaimBuilder()
            .withMetadata(context.metadata(this).build())
            .withSpec(spec.build())
            .build());
  }

  /** Builds a {@link Claim}. */
  public static class Builder extends ImmutableClaim.Builder {}
}
