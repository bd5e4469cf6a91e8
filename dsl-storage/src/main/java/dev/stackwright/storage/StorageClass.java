package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.StorageClassRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.storage.ceph.CephBlockPool;
import dev.stackwright.storage.ceph.CephCluster;
import dev.stackwright.storage.ceph.CephFilesystem;
import dev.stackwright.storage.ceph.CephTarget;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.TopologySelectorTermBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A storage class: which CSI driver provisions volumes, with which parameters, and how they are
 * bound, expanded and reclaimed. Synthesizes into a cluster-scoped {@code storage.k8s.io/v1
 * StorageClass}. The presets ({@link #cephRbd}, {@link #awsEbs}...) fill in what each driver really
 * requires; adjust any of it with the {@code with*} methods.
 *
 * <pre>{@code
 * StorageClass block = StorageClass.cephRbd("ceph-block", pool).withDefaultClass(true);
 * StorageClass gp3 = StorageClass.awsEbs("gp3", "gp3");
 * StorageClass nfs = StorageClass.builder().name("nfs").provisioner("nfs.csi.k8s.io")
 *     .putParameter("server", "nfs.example.com").putParameter("share", "/exports").build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class StorageClass implements Component, StorageClassRef {

  /** The annotation that makes a class the cluster's default. */
  public static final String DEFAULT_CLASS_ANNOTATION =
      "storageclass.kubernetes.io/is-default-class";

  /** The class name: a DNS-1123 subdomain. */
  @Override
  public abstract String name();

  /** The CSI driver (or in-tree provisioner) name, e.g. {@code ebs.csi.aws.com}. */
  @Value.Default
  public String provisioner() {
    return "";
  }

  /** The driver's parameters; written sorted by key. */
  public abstract Map<String, String> parameters();

  /** What happens to a volume when its claim is deleted; {@code Delete} by default. */
  @Value.Default
  public ReclaimPolicy reclaimPolicy() {
    return ReclaimPolicy.DELETE;
  }

  /** When claims are bound; {@code Immediate} by default, presets for zonal disks wait. */
  @Value.Default
  public BindingMode bindingMode() {
    return BindingMode.IMMEDIATE;
  }

  /** Whether claims of this class may be grown after creation; false by default. */
  @Value.Default
  public boolean allowVolumeExpansion() {
    return false;
  }

  /** Mount options for every volume of the class, e.g. {@code noatime}. */
  public abstract List<String> mountOptions();

  /** Whether this is the cluster's default class (the is-default-class annotation). */
  @Value.Default
  public boolean defaultClass() {
    return false;
  }

  /** Zones volumes may be created in ({@code topology.kubernetes.io/zone}); empty means any. */
  public abstract List<String> allowedZones();

  /**
   * The access modes the provisioner can give, checked on every claim of the class; empty (the
   * default for a generic class) means unknown and unchecked.
   */
  public abstract Set<AccessMode> supportedAccessModes();

  /** The Ceph pool or file system the class provisions from, checked against the stack. */
  public abstract Optional<CephTarget> ceph();

  /**
   * Whether the class already exists in the cluster and is only declared so claims can name it (and
   * so be checked); such a class is not synthesized.
   */
  @Value.Default
  public boolean existing() {
    return false;
  }

  /** This class, made (or no longer) the cluster's default. */
  public abstract StorageClass withDefaultClass(boolean value);

  /** This class with another reclaim policy. */
  public abstract StorageClass withReclaimPolicy(ReclaimPolicy value);

  /** This class with another binding mode. */
  public abstract StorageClass withBindingMode(BindingMode value);

  /** This class, allowing (or not) claims to grow. */
  public abstract StorageClass withAllowVolumeExpansion(boolean value);

  /** This class with these mount options. */
  public abstract StorageClass withMountOptions(String... elements);

  /**
   * What must be ready before volumes of this class can be provisioned: the Ceph pool or file
   * system for the Ceph presets on a component of the stack; nothing by default. It orders the
   * class (and whatever needs the class) after it, in the same or a later apply stage.
   */
  @Override
  public abstract List<Component> dependsOn();

  /** This class, as the component a release on it depends on. */
  @Override
  public Optional<Component> component() {
    return Optional.of(this);
  }

  @Override
  public String kind() {
    return "storage-class";
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

  /** A generic class for any driver, with no parameters: fill them in with the builder. */
  public static StorageClass of(String name, String provisioner) {
    return builder().name(name).provisioner(provisioner).build();
  }

  /** A class the cluster already has, such as a cloud's {@code standard}; not synthesized. */
  public static StorageClass existing(String name) {
    return builder().name(name).existing(true).build();
  }

  /**
   * A Rook Ceph RBD (block) class on a pool of the stack: ext4 on a layered RBD image, the Rook CSI
   * secrets, expansion allowed. Read-write by one node (ReadWriteMany needs {@link #cephFs}).
   */
  public static StorageClass cephRbd(String name, CephBlockPool pool) {
    CephCluster cluster = pool.cluster();
    StorageClass preset =
        StorageClassPresets.cephRbd(
            name, cluster.operatorNamespace(), cluster.clusterNamespace(), pool.name());
    return builder().from(preset).addDependsOn(pool).build();
  }

  /** A Rook Ceph RBD class on {@code pool} of the cluster (and operator) in {@code namespace}. */
  public static StorageClass cephRbd(String name, String namespace, String pool) {
    return StorageClassPresets.cephRbd(name, namespace, namespace, pool);
  }

  /** A Rook CephFS (shared file system) class on a file system of the stack: ReadWriteMany. */
  public static StorageClass cephFs(String name, CephFilesystem filesystem) {
    CephCluster cluster = filesystem.cluster();
    StorageClass preset =
        StorageClassPresets.cephFs(
            name,
            cluster.operatorNamespace(),
            cluster.clusterNamespace(),
            filesystem.name(),
            filesystem.dataPoolName());
    return builder().from(preset).addDependsOn(filesystem).build();
  }

  /** A CephFS class on {@code filesystem} (data pool {@code data0}) in {@code namespace}. */
  public static StorageClass cephFs(String name, String namespace, String filesystem) {
    return StorageClassPresets.cephFs(name, namespace, namespace, filesystem, "data0");
  }

  /** An AWS EBS CSI class of volume {@code type} ({@code gp3}, {@code io2}...), encrypted, ext4. */
  public static StorageClass awsEbs(String name, String type) {
    return StorageClassPresets.awsEbs(name, type);
  }

  /** A GCE persistent disk CSI class of disk {@code type} ({@code pd-balanced}, {@code pd-ssd}). */
  public static StorageClass gcePd(String name, String type) {
    return StorageClassPresets.gcePd(name, type);
  }

  /** An Azure Disk CSI class of {@code skuName} ({@code StandardSSD_LRS}, {@code Premium_LRS}). */
  public static StorageClass azureDisk(String name, String skuName) {
    return StorageClassPresets.azureDisk(name, skuName);
  }

  /** Rancher's local-path provisioner: a directory on the node the first pod lands on. */
  public static StorageClass localPath(String name) {
    return StorageClassPresets.localPath(name);
  }

  /** A class for static local volumes ({@link StaticVolume#local}): nothing is provisioned. */
  public static StorageClass localStatic(String name) {
    return StorageClassPresets.localStatic(name);
  }

  /** A builder for a storage class. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    if (existing()) {
      return;
    }
    checks.require(
        !provisioner().isBlank(),
        StorageRules.MISSING_PROVISIONER,
        "provisioner",
        "a provisioner (CSI driver name such as ebs.csi.aws.com) is required");
    for (int i = 0; i < mountOptions().size(); i++) {
      checks.require(
          !mountOptions().get(i).isBlank(),
          StorageRules.MISSING_PROVISIONER,
          "mountOptions[" + i + "]",
          "a mount option must not be blank");
    }
    if (defaultClass()) {
      checkSingleDefault(context, checks);
    }
    ceph().ifPresent(target -> target.check(context, checks.in("ceph")));
  }

  private void checkSingleDefault(SynthContext context, Checks checks) {
    for (StorageClass other : context.componentsOf(StorageClass.class)) {
      if (other.defaultClass() && !other.existing()) {
        if (!other.name().equals(name())) {
          checks.error(
              StorageRules.MULTIPLE_DEFAULTS,
              "defaultClass",
              "storage class \"%s\" is already the default; a cluster has one default class",
              other.name());
        }
        return;
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (existing()) {
      return List.of();
    }
    ObjectMetaBuilder meta = context.metadata(this);
    if (defaultClass()) {
      meta.addToAnnotations(DEFAULT_CLASS_ANNOTATION, "true");
    }
    StorageClassBuilder sc =
        new StorageClassBuilder()
            .withMetadata(meta.build())
            .withProvisioner(provisioner())
            .withReclaimPolicy(reclaimPolicy().value())
            .withVolumeBindingMode(bindingMode().value())
            .withAllowVolumeExpansion(allowVolumeExpansion());
    if (!parameters().isEmpty()) {
      sc.withParameters(new TreeMap<>(parameters()));
    }
    if (!mountOptions().isEmpty()) {
      sc.withMountOptions(mountOptions());
    }
    if (!allowedZones().isEmpty()) {
      sc.withAllowedTopologies(
          new TopologySelectorTermBuilder()
              .addNewMatchLabelExpression()
              .withKey("topology.kubernetes.io/zone")
              .withValues(allowedZones().stream().sorted().toList())
              .endMatchLabelExpression()
              .build());
    }
    return List.of(sc.build());
  }

  /** Builds a {@link StorageClass}. */
  public static class Builder extends ImmutableStorageClass.Builder {}
}
