package dev.stackwright.security.rbac;

/** The stable ids of the cluster RBAC rules. */
public final class RbacRules {
  /**
   * A wildcard verb, resource or API group: an error, or a warning where the stack acknowledges it
   * with a reason ({@code Acknowledgement.of(WILDCARD, path, reason)}).
   */
  public static final String WILDCARD = "security.rbac-wildcard";

  /** A rule or grant missing what it needs: verbs, resources, subjects, names. */
  public static final String INVALID_GRANT = "security.invalid-cluster-grant";

  /** A workload granted permissions whose pods mount no service-account token to use them. */
  public static final String GRANT_WITHOUT_TOKEN = "security.grant-without-token";

  private RbacRules() {}
}
