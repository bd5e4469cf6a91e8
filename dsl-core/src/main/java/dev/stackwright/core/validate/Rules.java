package dev.stackwright.core.validate;

/** The ids of the rules the core checks. Layer modules keep their own rule ids beside them. */
public final class Rules {
  /** A name that is not a DNS-1123 label or subdomain. */
  public static final String INVALID_NAME = "core.invalid-name";

  /** A quantity that does not parse. */
  public static final String INVALID_QUANTITY = "core.invalid-quantity";

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
