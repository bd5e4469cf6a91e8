package dev.stackwright.security.policy;

/**
 * The stable ids of the rules the policy and supply-chain parts of the security layer check, for
 * tests and for users who look a diagnostic up.
 */
public final class PolicyRules {
  /** A policy for a rule id that Stackwright cannot render as an admission policy. */
  public static final String UNKNOWN_RULE = "security.unknown-policy-rule";

  /** A rule that needs stack input it does not have: allowed registries without a policy. */
  public static final String RULE_WITHOUT_INPUT = "security.rule-without-input";

  /** A user-written rule without checks, with an empty expression, or with a bad kind. */
  public static final String INVALID_RULE = "security.invalid-policy-rule";

  /** Two rules (generated or user-written) with the same name. */
  public static final String DUPLICATE_RULE = "security.duplicate-policy-rule";

  /** A required label that is not a valid label key. */
  public static final String INVALID_LABEL = "security.invalid-label";

  /** A namespace the policies name that the stack does not declare, or no namespace covered. */
  public static final String UNKNOWN_NAMESPACE = "security.unknown-namespace";

  /** An environment named in a per-environment mode that is not a DNS label. */
  public static final String INVALID_ENVIRONMENT = "security.invalid-environment";

  /** An image verification the chosen engine cannot enforce (Gatekeeper). */
  public static final String UNSUPPORTED_VERIFICATION = "security.unsupported-verification";

  /** An image verification without image patterns, or with an incomplete attestor. */
  public static final String INVALID_VERIFICATION = "security.invalid-verification";

  /** An image verification whose patterns match no image of the stack (a warning). */
  public static final String UNUSED_VERIFICATION = "security.unused-verification";

  /** A release setting out of range: replicas, the scanner's concurrency or timeout. */
  public static final String INVALID_SETTING = "security.invalid-setting";

  private PolicyRules() {}
}
