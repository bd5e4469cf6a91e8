package dev.stackwright.storage;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim per replica of a StatefulSet: the compute layer puts it into the StatefulSet's {@code
 * volumeClaimTemplates}, and each pod gets its own claim {@code <name>-<statefulset>-<ordinal>}.
 *
 * <pre>{@code
 * PerReplicaClaim data = PerReplicaClaim.of("data", "20Gi", cephBlock);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class PerReplicaClaim implements ClaimTemplate, ClaimSpec {

  @Override
  public abstract String name();

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

  @Override
  public abstract Map<String, String> selector();

  /** A template of {@code size} on {@code storageClass}. */
  public static PerReplicaClaim of(String name, String size, StorageClass storageClass) {
    return of(name, size, storageClass.name());
  }

  /** A template of {@code size} on the storage class called {@code storageClass}. */
  public static PerReplicaClaim of(String name, String size, String storageClass) {
    return builder().name(name).size(size).storageClass(storageClass).build();
  }

  /** A builder for a per-replica claim. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PersistentVolumeClaim toClaimTemplate() {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(name())
        .endMetadata()
        .withSpec(specBuilder().build())
        .build();
  }

  /**
   * Reports what is wrong with the template: its name, size, storage class and access modes. The
   * StatefulSet that holds the template calls it, positioned at the template.
   */
  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checkSpec(context, checks);
  }

  /** Builds a {@link PerReplicaClaim}. */
  public static class Builder extends ImmutablePerReplicaClaim.Builder {}
}
