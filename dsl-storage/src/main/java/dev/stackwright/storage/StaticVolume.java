package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Names;
import dev.stackwright.core.validate.Quantities;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A pre-created persistent volume, for storage no provisioner creates: a local disk pinned to its
 * node by node affinity, or an NFS export. Synthesizes into a cluster-scoped {@code
 * PersistentVolume}; a claim binds it through its class, {@link Claim#volumeName()} or a label
 * selector.
 *
 * <pre>{@code
 * StaticVolume ssd = StaticVolume.local("worker-1-ssd0", "100Gi", localStatic,
 *     LocalDisk.of("worker-1", "/mnt/disks/ssd0"));
 * StaticVolume media = StaticVolume.nfs("media", "1Ti", NfsShare.of("nas.lan", "/export/media"));
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class StaticVolume implements Component {

  @Override
  public abstract String name();

  /** The capacity, a quantity such as {@code 100Gi}. */
  public abstract String size();

  /** The storage class claims ask for to get this volume; empty for none. */
  public abstract Optional<String> storageClass();

  /** The access modes; empty means {@code ReadWriteOnce}. */
  public abstract List<AccessMode> accessModes();

  /** File system by default. */
  @Value.Default
  public VolumeMode volumeMode() {
    return VolumeMode.FILESYSTEM;
  }

  /** What happens to the data when the claim is released; {@code Retain}, so nothing is lost. */
  @Value.Default
  public ReclaimPolicy reclaimPolicy() {
    return ReclaimPolicy.RETAIN;
  }

  /** Labels on the volume, for claim selectors. */
  public abstract Map<String, String> labels();

  /** Mount options, e.g. {@code nfsvers=4.1}. */
  public abstract List<String> mountOptions();

  /** The local disk backing the volume. */
  public abstract Optional<LocalDisk> local();

  /** The NFS export backing the volume. */
  public abstract Optional<NfsShare> nfs();

  @Override
  public String kind() {
    return "static-volume";
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

  /**
   * A local volume on {@code disk}, of {@code storageClass} (see {@link StorageClass#localStatic}).
   */
  public static StaticVolume local(
      String name, String size, StorageClass storageClass, LocalDisk disk) {
    return builder().name(name).size(size).storageClass(storageClass.name()).local(disk).build();
  }

  /** An NFS volume on {@code share}, mountable read-write by many nodes. */
  public static StaticVolume nfs(String name, String size, NfsShare share) {
    return builder()
        .name(name)
        .size(size)
        .nfs(share)
        .addAccessMode(AccessMode.READ_WRITE_MANY)
        .build();
  }

  /** A builder for a static volume. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    BigDecimal bytes = Quantities.parse(size());
    if (bytes == null || bytes.signum() <= 0) {
      checks.error(
          StorageRules.INVALID_SIZE,
          "size",
          "expected a positive size such as 100Gi, was \"%s\"",
          size());
    }
    if (local().isPresent() == nfs().isPresent()) {
      checks.error(
          StorageRules.INVALID_VOLUME_SOURCE,
          "",
          "a static volume needs exactly one backend, local or nfs; it has %s",
          local().isPresent() ? "both" : "none");
    }
    local()
        .ifPresent(
            disk -> {
              String problem = Names.subdomainProblem(disk.node());
              if (problem != null) {
                checks.error(StorageRules.INVALID_VOLUME_SOURCE, "local.node", "%s", problem);
              }
              absolute(disk.path(), "local.path", checks);
            });
    nfs()
        .ifPresent(
            share -> {
              checks.require(
                  !share.server().isBlank(),
                  StorageRules.INVALID_VOLUME_SOURCE,
                  "nfs.server",
                  "an NFS server host name or address is required");
              absolute(share.path(), "nfs.path", checks);
            });
  }

  private static void absolute(String path, String field, Checks checks) {
    checks.require(
        path.startsWith("/"),
        StorageRules.INVALID_VOLUME_SOURCE,
        field,
        "expected an absolute path such as /mnt/disks/ssd0, was \"%s\"",
        path);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<AccessMode> modes =
        accessModes().isEmpty() ? List.of(AccessMode.READ_WRITE_ONCE) : accessModes();
    PersistentVolumeSpecBuilder spec =
        new PersistentVolumeSpecBuilder()
            .addToCapacity("storage", new Quantity(size()))
            .withAccessModes(modes.stream().map(AccessMode::value).toList())
            .withVolumeMode(volumeMode().value())
            .withPersistentVolumeReclaimPolicy(reclaimPolicy().value());
    storageClass().ifPresent(spec::withStorageClassName);
    if (!mountOptions().isEmpty()) {
      spec.withMountOptions(mountOptions());
    }
    local()
        .ifPresent(
            disk ->
                spec.withNewLocal()
                    .withPath(disk.path())
                    .endLocal()
                    .withNewNodeAffinity()
                    .withNewRequired()
                    .addNewNodeSelectorTerm()
                    .addNewMatchExpression()
                    .withKey("kubernetes.io/hostname")
                    .withOperator("In")
                    .withValues(disk.node())
                    .endMatchExpression()
                    .endNodeSelectorTerm()
                    .endRequired()
                    .endNodeAffinity());
    nfs()
        .ifPresent(
            share ->
                spec.withNewNfs()
                    .withServer(share.server())
                    .withPath(share.path())
                    .withReadOnly(share.readOnly() ? Boolean.TRUE : null)
                    .endNfs());
    return List.of(
        new PersistentVolumeBuilder()
            .withMetadata(context.metadata(this).addToLabels(new TreeMap<>(labels())).build())
            .withSpec(spec.build())
            .build());
  }

  /** Builds a {@link StaticVolume}. */
  public static class Builder extends ImmutableStaticVolume.Builder {}
}
