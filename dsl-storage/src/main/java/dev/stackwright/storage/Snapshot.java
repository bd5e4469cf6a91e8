package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point-in-time snapshot of a claim through the CSI snapshot API: synthesizes into a {@code
 * snapshot.storage.k8s.io/v1 VolumeSnapshot}. A claim restores it with {@link
 * ClaimSource#snapshot(Snapshot)}.
 *
 * <pre>{@code
 * Snapshot beforeMigration = Snapshot.of("data-before-v2", data);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Snapshot implements Component {

  /** The API group of the CSI snapshot objects. */
  public static final String GROUP = "snapshot.storage.k8s.io";

  /** The API version of the CSI snapshot objects. */
  public static final String API_VERSION = GROUP + "/v1";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The claim to snapshot, in the snapshot's namespace. */
  public abstract String claim();

  /** The snapshot class; empty means the default class of the claim's driver. */
  public abstract Optional<String> snapshotClass();

  @Override
  public String kind() {
    return "snapshot";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** A snapshot of {@code claim}, in the claim's namespace. */
  public static Snapshot of(String name, Claim claim) {
    return builder().name(name).claim(claim.name()).namespace(claim.namespace()).build();
  }

  /**
   * A snapshot of the claim called {@code claim}, such as {@code data-db-0} of a StatefulSet's
   * per-replica claims.
   */
  public static Snapshot of(String name, String claim) {
    return builder().name(name).claim(claim).build();
  }

  /** A builder for a snapshot. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    SnapshotChecks.claim(claim(), context.namespaceOf(this), context, checks);
    snapshotClass().ifPresent(c -> SnapshotChecks.snapshotClass(c, context, checks));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new LinkedHashMap<>();
    snapshotClass().ifPresent(c -> spec.put("volumeSnapshotClassName", c));
    spec.put("source", Map.of("persistentVolumeClaimName", claim()));
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(API_VERSION)
            .withKind("VolumeSnapshot")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link Snapshot}. */
  public static class Builder extends ImmutableSnapshot.Builder {}
}
