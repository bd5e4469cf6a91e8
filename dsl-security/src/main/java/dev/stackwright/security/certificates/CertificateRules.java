package dev.stackwright.security.certificates;

/** The stable ids of the certificate rules. */
public final class CertificateRules {
  /** A certificate for a host that no TLS route of the stack serves with its Secret. */
  public static final String HOST_NOT_SERVED = "security.certificate-host-not-served";

  /** An ACME issuer without the account's email. */
  public static final String ACME_NO_EMAIL = "security.acme-no-email";

  /** An ACME issuer without a challenge solver. */
  public static final String ACME_NO_SOLVER = "security.acme-no-solver";

  /** An issuer that is not exactly one of ACME, CA and self-signed, or an invalid setting. */
  public static final String INVALID_ISSUER = "security.invalid-issuer";

  /** A certificate using a namespaced Issuer of another namespace. */
  public static final String ISSUER_SCOPE = "security.issuer-scope";

  /** A certificate with no name to certify, or an invalid name or duration. */
  public static final String INVALID_CERTIFICATE = "security.invalid-certificate";

  private CertificateRules() {}
}
