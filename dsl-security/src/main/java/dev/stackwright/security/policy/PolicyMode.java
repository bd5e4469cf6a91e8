package dev.stackwright.security.policy;

/** What the cluster does with an object that breaks a policy. */
public enum PolicyMode {
  /** Admit it and report the violation (Kyverno {@code Audit}, Gatekeeper {@code dryrun}). */
  AUDIT("Audit", "dryrun"),
  /** Refuse it (Kyverno {@code Enforce}, Gatekeeper {@code deny}). */
  ENFORCE("Enforce", "deny");

  private final String kyverno;
  private final String gatekeeper;

  PolicyMode(String kyverno, String gatekeeper) {
    this.kyverno = kyverno;
    this.gatekeeper = gatekeeper;
  }

  /** Kyverno's {@code failureAction} for this mode. */
  public String kyvernoAction() {
    return kyverno;
  }

  /** Gatekeeper's {@code enforcementAction} for this mode. */
  public String gatekeeperAction() {
    return gatekeeper;
  }
}
