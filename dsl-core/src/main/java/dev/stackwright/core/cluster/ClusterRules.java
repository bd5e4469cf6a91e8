package dev.stackwright.core.cluster;

/** The ids of the rules that check a stack against its target cluster. */
public final class ClusterRules {
  /** A custom resource whose kind no CRD, release or prerequisite provides. */
  public static final String UNKNOWN_KIND = "cluster.unknown-kind";

  /** An Ingress or Gateway whose class no controller in the stack or the cluster serves. */
  public static final String UNSERVED_CLASS = "cluster.unserved-class";

  /** A built-in API version the target's Kubernetes no longer serves. */
  public static final String REMOVED_API = "cluster.removed-api";

  /** A built-in API version the target's Kubernetes does not serve yet. */
  public static final String UNRELEASED_API = "cluster.unreleased-api";

  /** A built-in API version the target's Kubernetes deprecates: a warning. */
  public static final String DEPRECATED_API = "cluster.deprecated-api";

  /** A Kubernetes version that is not {@code 1.N}. */
  public static final String INVALID_VERSION = "cluster.invalid-version";

  /** A cluster profile that contradicts itself: duplicate pool names, an unknown taint effect. */
  public static final String INVALID_PROFILE = "cluster.invalid-profile";

  /** A pod placed on a node pool the target cluster does not have. */
  public static final String UNKNOWN_NODE_POOL = "cluster.unknown-node-pool";

  /** A pod on an edge node pool that needs what edge nodes do not run. */
  public static final String EDGE_UNSUPPORTED = "cluster.edge-unsupported";

  /**
   * A fixed user or group id that OpenShift's restricted-v2 constraint assigns instead: a warning.
   */
  public static final String PLATFORM_ASSIGNED_ID = "cluster.platform-assigned-id";

  private ClusterRules() {}
}
