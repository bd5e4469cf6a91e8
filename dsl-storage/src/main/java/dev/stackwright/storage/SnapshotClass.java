package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How a CSI driver takes snapshots: synthesizes into a cluster-scoped {@code
 * snapshot.storage.k8s.io/v1 VolumeSnapshotClass}. {@link #of(String, StorageClass)} derives it
 * from a storage class, carrying over the Ceph cluster id and the secret the snapshotter needs.
 *
 * <pre>{@code
 * SnapshotClass rbdSnapshots = SnapshotClass.of("ceph-block-snapshots", cephBlock)
 *     .withDefaultClass(true);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class SnapshotClass implements Component {

  /** The annotation that makes a class its driver's default snapshot class. */
  public static final String DEFAULT_CLASS_ANNOTATION =
      "snapshot.storage.kubernetes.io/is-default-class";

  private static final String CSI = "csi.storage.k8s.io/";

  @Override
  public abstract String name();

  /** The CSI driver, the same name as its storage classes' provisioner. */
  @Value.Default
  public String driver() {
    return "";
  }

  /** The driver's parameters; written sorted by key. */
  public abstract Map<String, String> parameters();

  /** Whether deleting a snapshot object deletes the snapshot's data; {@code Delete}. */
  @Value.Default
  public ReclaimPolicy deletionPolicy() {
    return ReclaimPolicy.DELETE;
  }

  /** Whether this is the default snapshot class of its driver. */
  @Value.Default
  public boolean defaultClass() {
    return false;
  }

  /** This class, made (or no longer) its driver's default. */
  public abstract SnapshotClass withDefaultClass(boolean value);

  /** This class with another deletion policy. */
  public abstract SnapshotClass withDeletionPolicy(ReclaimPolicy value);

  @Override
  public String kind() {
    return "snapshot-class";
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

  /** A snapshot class for {@code driver}, without parameters. */
  public static SnapshotClass of(String name, String driver) {
    return builder().name(name).driver(driver).build();
  }

  /**
   * A snapshot class for the driver of {@code storageClass}; for a Rook Ceph class with its {@code
   * clusterID} and the provisioner secret as the snapshotter secret.
   */
  public static SnapshotClass of(String name, StorageClass storageClass) {
    Builder b = builder().name(name).driver(storageClass.provisioner());
    Map<String, String> p = storageClass.parameters();
    if (p.containsKey("clusterID")) {
      b.putParameter("clusterID", p.get("clusterID"));
    }
    String secret = p.get(CSI + "provisioner-secret-name");
    String secretNamespace = p.get(CSI + "provisioner-secret-namespace");
    if (secret != null && secretNamespace != null) {
      b.putParameter(CSI + "snapshotter-secret-name", secret);
      b.putParameter(CSI + "snapshotter-secret-namespace", secretNamespace);
    }
    return b.build();
  }

  /** A builder for a snapshot class. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.require(
        !driver().isBlank(),
        StorageRules.MISSING_PROVISIONER,
        "driver",
        "a CSI driver name (the provisioner of its storage classes) is required");
    if (defaultClass()) {
      for (SnapshotClass other : context.componentsOf(SnapshotClass.class)) {
        if (other.defaultClass() && other.driver().equals(driver())) {
          if (!other.name().equals(name())) {
            checks.error(
                StorageRules.MULTIPLE_DEFAULTS,
                "defaultClass",
                "snapshot class \"%s\" is already the default for driver %s",
                other.name(),
                driver());
          }
          break;
        }
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    ObjectMetaBuilder meta = context.metadata(this);
    if (defaultClass()) {
      meta.addToAnnotations(DEFAULT_CLASS_ANNOTATION, "true");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("driver", driver());
    fields.put("deletionPolicy", deletionPolicy().value());
    if (!parameters().isEmpty()) {
      fields.put("parameters", new TreeMap<>(parameters()));
    }
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(Snapshot.API_VERSION)
            .withKind("VolumeSnapshotClass")
            .withMetadata(meta.build())
            .withAdditionalProperties(fields)
            .build());
  }

  /** Builds a {@link SnapshotClass}. */
  public static class Builder extends ImmutableSnapshotClass.Builder {}
}
