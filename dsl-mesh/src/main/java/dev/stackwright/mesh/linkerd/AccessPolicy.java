package dev.stackwright.mesh.linkerd;

/**
 * What a Linkerd {@code Server} does with traffic no AuthorizationPolicy allows (its {@code
 * accessPolicy}); the same values as Linkerd's default inbound policies.
 */
public enum AccessPolicy {
  /** Refuse everything not explicitly authorized. */
  DENY("deny"),
  /** Accept only mutual-TLS traffic from meshed clients: Linkerd's "strict mTLS". */
  ALL_AUTHENTICATED("all-authenticated"),
  /** Accept everything, meshed or not. */
  ALL_UNAUTHENTICATED("all-unauthenticated");

  private final String value;

  AccessPolicy(String value) {
    this.value = value;
  }

  /** The value as Linkerd spells it, e.g. {@code all-authenticated}. */
  public String value() {
    return value;
  }
}
