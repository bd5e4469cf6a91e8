package dev.stackwright.security.supply;

import dev.stackwright.core.validate.Checks;
import dev.stackwright.security.policy.PolicyRules;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who must have signed an image: a cosign public key, or a keyless (Sigstore Fulcio) identity, the
 * OIDC issuer and the subject of the signing certificate.
 *
 * <pre>{@code
 * Attestor.key("-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----")
 * Attestor.keyless("https://token.actions.githubusercontent.com",
 *     "https://github.com/example/shop/.github/workflows/release.yaml@refs/heads/main")
 * }</pre>
 */
@Value.Immutable
public abstract class Attestor {

  /** The cosign public key, PEM encoded; empty for a keyless identity. */
  public abstract Optional<String> publicKey();

  /** The OIDC issuer of a keyless signature's certificate; required for keyless. */
  public abstract Optional<String> issuer();

  /** The certificate subject (an email or a workflow URL); this or {@link #subjectRegExp()}. */
  public abstract Optional<String> subject();

  /** A regular expression the certificate subject must match, instead of {@link #subject()}. */
  public abstract Optional<String> subjectRegExp();

  /** The transparency log; empty uses Sigstore's public Rekor. */
  public abstract Optional<String> rekorUrl();

  /** Whether this is a keyless identity (no public key). */
  public boolean keyless() {
    return publicKey().isEmpty();
  }

  /** Signatures made with the cosign key {@code pem}. */
  public static Attestor key(String pem) {
    return builder().publicKey(pem).build();
  }

  /** Keyless signatures whose certificate {@code issuer} issued for {@code subject}. */
  public static Attestor keyless(String issuer, String subject) {
    return builder().issuer(issuer).subject(subject).build();
  }

  /** A builder for an attestor. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reports an attestor that names no key and no complete keyless identity. */
  public void validate(Checks at) {
    if (publicKey().isPresent()) {
      String key = publicKey().get().strip();
      at.require(
          key.startsWith("-----BEGIN PUBLIC KEY-----") && key.endsWith("-----END PUBLIC KEY-----"),
          PolicyRules.INVALID_VERIFICATION,
          "publicKey",
          "expected a PEM public key (-----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----),"
              + " as cosign generate-key-pair writes it to cosign.pub");
      at.require(
          issuer().isEmpty() && subject().isEmpty() && subjectRegExp().isEmpty(),
          PolicyRules.INVALID_VERIFICATION,
          "publicKey",
          "an attestor is either a public key or a keyless identity, not both");
      return;
    }
    at.require(
        issuer().filter(s -> !s.isBlank()).isPresent(),
        PolicyRules.INVALID_VERIFICATION,
        "issuer",
        "a keyless attestor needs the OIDC issuer of the signing certificate, for example"
            + " https://token.actions.githubusercontent.com; without one any Fulcio certificate"
            + " would do");
    issuer()
        .filter(s -> !s.isBlank())
        .ifPresent(
            s ->
                at.require(
                    s.startsWith("https://"),
                    PolicyRules.INVALID_VERIFICATION,
                    "issuer",
                    "expected an https:// issuer URL, was \"%s\"",
                    s));
    at.require(
        subject().isPresent() != subjectRegExp().isPresent(),
        PolicyRules.INVALID_VERIFICATION,
        "subject",
        "a keyless attestor needs exactly one of subject(...) and subjectRegExp(...), the identity"
            + " that signed");
    rekorUrl()
        .ifPresent(
            u ->
                at.require(
                    u.startsWith("https://"),
                    PolicyRules.INVALID_VERIFICATION,
                    "rekorUrl",
                    "expected an https:// URL, was \"%s\"",
                    u));
  }

  /** Builds an {@link Attestor}. */
  public static class Builder extends ImmutableAttestor.Builder {}
}
