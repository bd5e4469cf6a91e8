package dev.stackwright.storage;

import dev.stackwright.core.StackwrightStyle;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReferenceBuilder;
import org.immutables.value.Value;

/**
 * Where a new claim's data comes from: a snapshot to restore or a claim to clone, in the claim's
 * namespace. Becomes the claim's {@code spec.dataSource}. A source declared in the stack is
 * checked; one that only exists in the cluster must say so ({@link #existingSnapshot}).
 */
@Value.Immutable
@StackwrightStyle
public interface ClaimSource {

  /** What the source is. */
  enum Type {
    /** A VolumeSnapshot to restore. */
    SNAPSHOT,
    /** A PersistentVolumeClaim to clone (same storage class, driver support needed). */
    CLAIM
  }

  /** Whether the source is a snapshot or a claim. */
  @Value.Parameter
  Type type();

  /** The source object's name. */
  @Value.Parameter
  String name();

  /** Whether the source exists only in the cluster (not declared in the stack), so unchecked. */
  @Value.Parameter
  boolean existing();

  /** Restore the snapshot {@code snapshot} of the stack. */
  static ClaimSource snapshot(Snapshot snapshot) {
    return snapshot(snapshot.name());
  }

  /** Restore the snapshot called {@code name}, declared in the stack. */
  static ClaimSource snapshot(String name) {
    return ImmutableClaimSource.of(Type.SNAPSHOT, name, false);
  }

  /** Restore a snapshot that exists only in the cluster, such as one taken on a schedule. */
  static ClaimSource existingSnapshot(String name) {
    return ImmutableClaimSource.of(Type.SNAPSHOT, name, true);
  }

  /** Clone the claim {@code claim} of the stack. */
  static ClaimSource clone(Claim claim) {
    return ImmutableClaimSource.of(Type.CLAIM, claim.name(), false);
  }

  /** Clone a claim that exists only in the cluster. */
  static ClaimSource existingClaim(String name) {
    return ImmutableClaimSource.of(Type.CLAIM, name, true);
  }

  /** The {@code dataSource} reference. */
  default TypedLocalObjectReference toReference() {
    TypedLocalObjectReferenceBuilder ref = new TypedLocalObjectReferenceBuilder().withName(name());
    if (type() == Type.SNAPSHOT) {
      ref.withApiGroup(Snapshot.GROUP).withKind("VolumeSnapshot");
    } else {
      ref.withKind("PersistentVolumeClaim");
    }
    return ref.build();
  }
}
