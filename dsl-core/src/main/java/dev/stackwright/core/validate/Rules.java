package dev.stackwright.core.validate;

/** The ids of the rules the core checks. Layer modules keep their own rule ids beside them. */
public final class Rules {
  /**
   * A name that the API server refuses for its kind: not a DNS-1123 label or subdomain, a Service
   * name that is no DNS-1035 label, a CronJob name over 52 characters, or a name the library
   * derives from it (the pods of a StatefulSet, its claims) that would be invalid.
   */
  public static final String INVALID_NAME = "core.invalid-name";

  /** A resource amount that does not parse or is negative. */
  public static final String INVALID_QUANTITY = "core.invalid-quantity";

  /**
   * A label key or value (on an object, a pod template, a selector or the stack) that is invalid.
   */
  public static final String INVALID_LABEL = "core.invalid-label";

  /** A label selector expression with an unknown operator or values that do not fit it. */
  public static final String INVALID_SELECTOR = "core.invalid-selector";

  /** An annotation key that is invalid, or annotations over 256 KiB on one object. */
  public static final String INVALID_ANNOTATION = "core.invalid-annotation";

  /** A time zone that the IANA database does not know. */
  public static final String INVALID_TIME_ZONE = "core.invalid-time-zone";

  /** A Go duration (Flux intervals and timeouts) that does not parse. */
  public static final String INVALID_DURATION = "core.invalid-duration";

  /** A field of a fixed set of values (a pull policy, a Service type) with another value. */
  public static final String INVALID_ENUM = "core.invalid-enum";

  /**
   * A ConfigMap or Secret referenced by name from a pod that is neither an object of the stack nor
   * declared as existing: a warning, since something outside the stack may create it.
   */
  public static final String UNKNOWN_CONFIG_REFERENCE = "core.unknown-config-reference";

  /**
   * A raw object of a kind that neither Kubernetes nor a CustomResourceDefinition of the stack
   * defines: a warning, since the cluster may provide it.
   */
  public static final String UNKNOWN_KIND = "core.unknown-kind";

  /** A component that synthesized a null object. */
  public static final String NULL_OBJECT = "core.null-object";

  /** An acknowledgement without a rule or a reason. */
  public static final String INVALID_ACKNOWLEDGEMENT = "core.invalid-acknowledgement";

  /** An acknowledgement that matches no warning of the stack. */
  public static final String STALE_ACKNOWLEDGEMENT = "core.stale-acknowledgement";

  /** A port number outside 1..65535. */
  public static final String INVALID_PORT = "core.invalid-port";

  /** Two components of the same kind, namespace and name. */
  public static final String DUPLICATE_COMPONENT = "core.duplicate-component";

  /** Two synthesized objects of the same kind, namespace and name. */
  public static final String DUPLICATE_OBJECT = "core.duplicate-object";

  /** A reference to a component that is not part of the stack. */
  public static final String UNKNOWN_REFERENCE = "core.unknown-reference";

  /** Components that depend on each other in a cycle. */
  public static final String DEPENDENCY_CYCLE = "core.dependency-cycle";

  /** A namespace used by a component but not declared in the stack. */
  public static final String UNKNOWN_NAMESPACE = "core.unknown-namespace";

  /** A namespaced component with no namespace and no stack default. */
  public static final String MISSING_NAMESPACE = "core.missing-namespace";

  /** A patch that matches no synthesized object or cannot be applied. */
  public static final String PATCH = "core.patch";

  /** A raw manifest that cannot be read. */
  public static final String MANIFEST = "core.manifest";

  /** A pod that opts out of the restricted Pod Security Standard. */
  public static final String POD_SECURITY_OPT_OUT = "security.pod-security-opt-out";

  private Rules() {}
}
