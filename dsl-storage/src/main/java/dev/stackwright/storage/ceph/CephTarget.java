package dev.stackwright.storage.ceph;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.storage.StorageRules;
import java.util.List;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The Ceph pool or file system a storage class provisions from. The class is checked against the
 * pools and file systems the stack declares: an unknown one is an error, unless the stack declares
 * none at all (then it is assumed to exist, with a warning).
 */
@Value.Immutable
@StackwrightStyle
public interface CephTarget {

  /** What the target is. */
  enum Type {
    /** A CephBlockPool, used by RBD classes. */
    BLOCK_POOL,
    /** A CephFilesystem, used by CephFS classes. */
    FILESYSTEM
  }

  /** Whether the target is a block pool or a file system. */
  @Value.Parameter
  Type type();

  /** The namespace of the CephCluster (the class's {@code clusterID}). */
  @Value.Parameter
  String clusterNamespace();

  /** The pool or file system name. */
  @Value.Parameter
  String name();

  /** The block pool {@code name} of the cluster in {@code clusterNamespace}. */
  static CephTarget blockPool(String clusterNamespace, String name) {
    return ImmutableCephTarget.of(Type.BLOCK_POOL, clusterNamespace, name);
  }

  /** The file system {@code name} of the cluster in {@code clusterNamespace}. */
  static CephTarget filesystem(String clusterNamespace, String name) {
    return ImmutableCephTarget.of(Type.FILESYSTEM, clusterNamespace, name);
  }

  /** Reports a target the stack does not declare. */
  default void check(SynthContext context, Checks checks) {
    boolean pool = type() == Type.BLOCK_POOL;
    List<? extends CephResource> declared =
        pool
            ? context.componentsOf(CephBlockPool.class)
            : context.componentsOf(CephFilesystem.class);
    String what = pool ? "block pool" : "file system";
    String field = pool ? "pool" : "fsName";
    if (declared.isEmpty()) {
      checks.warn(
          StorageRules.ASSUMED_CEPH_POOL,
          field,
          "the stack declares no Ceph %s; \"%s\" in namespace %s is assumed to exist",
          what,
          name(),
          clusterNamespace());
      return;
    }
    TreeSet<String> names = new TreeSet<>();
    for (CephResource r : declared) {
      if (r.cluster().clusterNamespace().equals(clusterNamespace()) && r.name().equals(name())) {
        return;
      }
      names.add(r.cluster().clusterNamespace() + "/" + r.name());
    }
    checks.error(
        StorageRules.UNKNOWN_CEPH_POOL,
        field,
        "Ceph %s \"%s\" in namespace %s is not declared in the stack; declared: %s",
        what,
        name(),
        clusterNamespace(),
        String.join(", ", names));
  }
}
