package dev.stackwright.security.certificates;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ACME account (Let's Encrypt or any RFC 8555 server): the server, the account's email, where
 * its private key is kept, and the solvers that answer challenges.
 *
 * <pre>{@code
 * Acme.letsEncrypt("platform@example.com").solvedBy(AcmeSolver.http01Ingress("nginx"))
 * }</pre>
 */
@Value.Immutable
public abstract class Acme {
  /** Let's Encrypt's production directory. */
  public static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";

  /** Let's Encrypt's staging directory, for trying an issuer out. */
  public static final String LETS_ENCRYPT_STAGING =
      "https://acme-staging-v02.api.letsencrypt.org/directory";

  /** The ACME directory URL. */
  @Value.Default
  public String server() {
    return LETS_ENCRYPT;
  }

  /** The account's email, where the CA sends expiry and policy notices; required. */
  @Value.Default
  public String email() {
    return "";
  }

  /** The Secret holding the account's private key; {@code <issuer>-account-key} when absent. */
  public abstract Optional<String> privateKeySecretName();

  /** The challenge solvers; at least one. */
  public abstract List<AcmeSolver> solvers();

  /** A Let's Encrypt production account for {@code email}, with no solver yet. */
  public static Acme letsEncrypt(String email) {
    return ImmutableAcme.builder().email(email).build();
  }

  /** A Let's Encrypt staging account for {@code email}, with no solver yet. */
  public static Acme letsEncryptStaging(String email) {
    return ImmutableAcme.builder().server(LETS_ENCRYPT_STAGING).email(email).build();
  }

  /** A builder for an ACME account. */
  public static Builder builder() {
    return new Builder();
  }

  /** This account, also solving challenges with {@code solvers} (added to its solvers). */
  public Acme solvedBy(AcmeSolver... solvers) {
    return builder().from(this).addSolvers(solvers).build();
  }

  /** Builds an {@link Acme}. */
  public static class Builder extends ImmutableAcme.Builder {}
}
