package dev.stackwright.crd;

/** The rule ids of imported custom resources. */
public final class CrdRules {
  /** The CRD a component names cannot be read, or is not a usable CustomResourceDefinition. */
  public static final String INVALID_CRD = "crd.invalid-crd";

  /** The object is not of the CRD's group and kind, or its name is missing. */
  public static final String WRONG_KIND = "crd.wrong-kind";

  /** The object's apiVersion names a version the CRD does not define or serve. */
  public static final String UNSERVED_VERSION = "crd.unserved-version";

  /** A namespace on an object of a cluster-scoped kind. */
  public static final String CLUSTER_SCOPED = "crd.cluster-scoped";

  /**
   * A field that breaks the CRD's OpenAPI schema: required, type, enum, pattern, bounds, unknown.
   */
  public static final String SCHEMA = "crd.schema";

  private CrdRules() {}
}
