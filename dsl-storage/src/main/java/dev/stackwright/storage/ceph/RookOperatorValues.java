package dev.stackwright.storage.ceph;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The typed values of the Rook Ceph operator chart ({@code rook-ceph} from {@code
 * https://charts.rook.io/release}), and the {@link ChartRelease} that installs it. The chart
 * installs the {@code ceph.rook.io} CRDs, so Ceph resources depend on the release.
 *
 * <pre>{@code
 * ChartRelease operator = RookOperatorValues.builder().monitoring(true).build()
 *     .release("rook-ceph", "v1.17.7");
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class RookOperatorValues {

  /** The chart repository of Rook's released charts. */
  public static final String REPOSITORY = "https://charts.rook.io/release";

  /** The operator chart's name. */
  public static final String CHART = "rook-ceph";

  /**
   * The CRDs the chart installs when {@code crds.enabled} is true (its default), as in the chart's
   * {@code templates/resources.yaml} at v1.17.7: the ceph.rook.io kinds and the objectbucket.io
   * bucket claims.
   */
  public static final List<CrdSet> CRDS =
      List.of(
          CrdSet.of(
                  "ceph.rook.io",
                  "CephBlockPoolRadosNamespace",
                  "CephBlockPool",
                  "CephBucketNotification",
                  "CephBucketTopic",
                  "CephClient",
                  "CephCluster",
                  "CephCOSIDriver",
                  "CephFilesystemMirror",
                  "CephFilesystem",
                  "CephFilesystemSubVolumeGroup",
                  "CephNFS",
                  "CephObjectRealm",
                  "CephObjectStore",
                  "CephObjectStoreUser",
                  "CephObjectZoneGroup",
                  "CephObjectZone",
                  "CephRBDMirror")
              .switchedBy("crds.enabled"),
          CrdSet.of("objectbucket.io", "ObjectBucketClaim", "ObjectBucket")
              .switchedBy("crds.enabled"));

  /** Whether the chart installs (and upgrades) the Ceph CRDs; true. */
  @Value.Default
  public boolean crds() {
    return true;
  }

  /** Whether the Ceph CSI RBD (block) driver runs; true. */
  @Value.Default
  public boolean rbdDriver() {
    return true;
  }

  /** Whether the Ceph CSI CephFS driver runs; true. */
  @Value.Default
  public boolean cephfsDriver() {
    return true;
  }

  /** Whether Prometheus monitoring objects are created (needs the Prometheus operator); false. */
  @Value.Default
  public boolean monitoring() {
    return false;
  }

  /** Whether the device discovery daemon runs on every node; false. */
  @Value.Default
  public boolean discoveryDaemon() {
    return false;
  }

  /** The operator's log level: {@code ERROR}, {@code WARNING}, {@code INFO} or {@code DEBUG}. */
  @Value.Default
  public String logLevel() {
    return "INFO";
  }

  /** Further top-level chart values, for settings without a typed field; they win on conflict. */
  public abstract Map<String, Object> extraValues();

  /** The chart values, as the chart's values.yaml spells them. */
  public Map<String, Object> toValues() {
    Map<String, Object> values = new TreeMap<>();
    values.put("crds", Map.of("enabled", crds()));
    values.put("csi", Map.of("enableRbdDriver", rbdDriver(), "enableCephfsDriver", cephfsDriver()));
    values.put("monitoring", Map.of("enabled", monitoring()));
    values.put("enableDiscoveryDaemon", discoveryDaemon());
    values.put("logLevel", logLevel());
    values.putAll(extraValues());
    return values;
  }

  /**
   * The operator release called {@code rook-ceph} in {@code namespace}, at chart {@code version}.
   */
  public ChartRelease release(String namespace, String version) {
    return ChartRelease.builder()
        .name(CHART)
        .namespace(namespace)
        .chart(CHART)
        .repository(REPOSITORY)
        .version(version)
        .putAllValues(toValues())
        .addAllCrdSets(CRDS)
        .build();
  }

  /** The default values: CRDs and both CSI drivers on, monitoring off. */
  public static RookOperatorValues defaults() {
    return builder().build();
  }

  /** A builder for operator values. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RookOperatorValues}. */
  public static class Builder extends ImmutableRookOperatorValues.Builder {}
}
