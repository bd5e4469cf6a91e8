package dev.stackwright.storage;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Quantities;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a claim and a per-replica claim template share: size, class, access and volume modes, a
 * volume selector; how they become a claim spec and how they are checked.
 */
interface ClaimSpec {

  /** The requested size, a quantity such as {@code 10Gi}. */
  String size();

  /** The storage class name; empty means the cluster's default class. */
  Optional<String> storageClass();

  /** The access modes; empty means {@code ReadWriteOnce}. */
  List<AccessMode> accessModes();

  /** File system or raw block device. */
  VolumeMode volumeMode();

  /** Labels a pre-created volume must carry to be bound ({@code selector.matchLabels}). */
  Map<String, String> selector();

  /** The access modes in effect. */
  default List<AccessMode> effectiveAccessModes() {
    return accessModes().isEmpty() ? List.of(AccessMode.READ_WRITE_ONCE) : accessModes();
  }

  /** The spec shared by claims and claim templates. */
  default PersistentVolumeClaimSpecBuilder specBuilder() {
    PersistentVolumeClaimSpecBuilder spec =
        new PersistentVolumeClaimSpecBuilder()
            .withAccessModes(effectiveAccessModes().stream().map(AccessMode::value).toList())
            .withVolumeMode(volumeMode().value())
            .withNewResources()
            .addToRequests("storage", new Quantity(size()))
            .endResources();
    storageClass().ifPresent(spec::withStorageClassName);
    if (!selector().isEmpty()) {
      spec.withNewSelector().withMatchLabels(new TreeMap<>(selector())).endSelector();
    }
    return spec;
  }

  /**
   * Checks the size, the storage class and the access modes the class can give; returns the class
   * when the stack declares it.
   */
  default Optional<StorageClass> checkSpec(SynthContext context, Checks checks) {
    BigDecimal bytes = Quantities.parse(size());
    if (bytes == null || bytes.signum() <= 0) {
      checks.error(
          StorageRules.INVALID_SIZE,
          "size",
          "expected a positive size such as 10Gi or 500Mi, was \"%s\"",
          size());
    }
    if (storageClass().isEmpty()) {
      return Optional.empty();
    }
    String name = storageClass().get();
    List<StorageClass> declared = context.componentsOf(StorageClass.class);
    Optional<StorageClass> found = declared.stream().filter(c -> c.name().equals(name)).findFirst();
    if (declared.isEmpty()) {
      checks.warn(
          StorageRules.ASSUMED_STORAGE_CLASS,
          "storageClass",
          "the stack declares no storage classes; \"%s\" is assumed to exist in the cluster",
          name);
    } else if (found.isEmpty()) {
      checks.error(
          StorageRules.UNKNOWN_STORAGE_CLASS,
          "storageClass",
          "storage class \"%s\" is not declared in the stack (declared: %s); declare it, or"
              + " StorageClass.existing(\"%s\") if the cluster has it",
          name,
          declared.stream().map(StorageClass::name).sorted().collect(Collectors.joining(", ")),
          name);
    }
    found.ifPresent(c -> checkAccessModes(c, checks));
    return found;
  }

  private void checkAccessModes(StorageClass storageClass, Checks checks) {
    if (storageClass.supportedAccessModes().isEmpty()) {
      return;
    }
    List<AccessMode> modes = effectiveAccessModes();
    for (int i = 0; i < modes.size(); i++) {
      AccessMode mode = modes.get(i);
      if (!storageClass.supportedAccessModes().contains(mode)) {
        checks.error(
            StorageRules.UNSUPPORTED_ACCESS_MODE,
            "accessModes[" + i + "]",
            "storage class %s (%s) cannot give %s; it gives %s%s",
            storageClass.name(),
            storageClass.provisioner(),
            mode.value(),
            storageClass.supportedAccessModes().stream()
                .sorted()
                .map(AccessMode::value)
                .collect(Collectors.joining(", ")),
            mode == AccessMode.READ_WRITE_MANY
                ? "; use a shared file system class (CephFS, NFS) for ReadWriteMany"
                : "");
      }
    }
  }
}
