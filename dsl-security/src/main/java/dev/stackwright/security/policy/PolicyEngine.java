package dev.stackwright.security.policy;

/** The admission engine the stack's policies are rendered for. */
public enum PolicyEngine {
  /** Kyverno: {@code ClusterPolicy}/{@code Policy} (kyverno.io/v1) with CEL validation rules. */
  KYVERNO,
  /**
   * OPA Gatekeeper: a {@code ConstraintTemplate} (templates.gatekeeper.sh/v1) per rule, with the
   * {@code K8sNativeValidation} CEL engine, and one constraint of the template's kind.
   */
  GATEKEEPER
}
