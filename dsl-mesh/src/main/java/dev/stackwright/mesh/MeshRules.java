package dev.stackwright.mesh;

/** The ids of the rules mesh components are checked against. */
public final class MeshRules {
  /** A feature the chosen mesh cannot express; never silently dropped. */
  public static final String UNSUPPORTED = "mesh.unsupported";

  /** Weighted backends whose weights do not add up to 100. */
  public static final String SPLIT_WEIGHTS = "mesh.split-weights";

  /** A split backend service that fronts no workload of the stack. */
  public static final String SPLIT_NO_WORKLOAD = "mesh.split-no-workload";

  /** A rule naming a workload that is not part of the stack. */
  public static final String UNKNOWN_WORKLOAD = "mesh.unknown-workload";

  /** A rule naming a service that is not part of the stack. */
  public static final String UNKNOWN_SERVICE = "mesh.unknown-service";

  /** A rule naming a namespace that the stack does not declare. */
  public static final String UNKNOWN_NAMESPACE = "mesh.unknown-namespace";

  /** A port name or number that the workload or service does not have. */
  public static final String UNKNOWN_PORT = "mesh.unknown-port";

  /** Retries whose attempts times per-try timeout exceed the request timeout. */
  public static final String RETRY_EXCEEDS_TIMEOUT = "mesh.retry-exceeds-timeout";

  /** A duration that is not a whole number with a unit ms, s, m or h. */
  public static final String INVALID_DURATION = "mesh.invalid-duration";

  /** A number outside its allowed range (a percentage, attempts, a weight). */
  public static final String OUT_OF_RANGE = "mesh.out-of-range";

  /** A setting whose value has the wrong form, such as an address without a port. */
  public static final String INVALID_VALUE = "mesh.invalid-value";

  /** An mTLS setting that names both or neither of a namespace and a workload. */
  public static final String SCOPE = "mesh.scope";

  /** An authorization without rules, or an allow rule without sources. */
  public static final String EMPTY_RULE = "mesh.empty-rule";

  /** An HTTP path or method an authorization rule cannot match on. */
  public static final String INVALID_MATCH = "mesh.invalid-match";

  /** A Linkerd member namespace without the injection annotation. */
  public static final String NAMESPACE_NOT_ANNOTATED = "mesh.namespace-not-annotated";

  /** More than one service mesh in one stack. */
  public static final String MULTIPLE_MESHES = "mesh.multiple-meshes";

  /** Sidecar injection into a restricted namespace without the mesh's CNI plugin. */
  public static final String REQUIRES_CNI = "mesh.requires-cni";

  private MeshRules() {}
}
