package dev.stackwright.security.certificates;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Where certificates come from: a cert-manager {@code Issuer} (cert-manager.io/v1) for certificates
 * of its own namespace, or, with {@link #cluster()}, a {@code ClusterIssuer} for every namespace.
 * It is exactly one of an ACME account ({@link #acme(String, Acme)}), a CA whose certificate and
 * key are in a Secret ({@link #ca(String, String)}), or self-signed ({@link #selfSigned(String)}),
 * which bootstraps a CA: a self-signed issuer signs a CA {@link Certificate}, whose Secret a CA
 * issuer then signs with.
 *
 * <pre>{@code
 * Issuer letsEncrypt = Issuer.acme("letsencrypt",
 *     Acme.letsEncrypt("platform@example.com").solvedBy(AcmeSolver.http01Ingress("nginx")))
 *     .cluster();
 * }</pre>
 */
@Value.Immutable
public abstract class Issuer implements Component {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Whether this is a {@code ClusterIssuer}, usable from every namespace; false by default. */
  @Value.Default
  public boolean clusterScoped() {
    return false;
  }

  /** The ACME account, for an ACME issuer. */
  public abstract Optional<Acme> acmeAccount();

  /** The Secret holding the CA's certificate and key, for a CA issuer. */
  public abstract Optional<String> caSecretName();

  /** Whether the issuer signs each certificate with its own key. */
  @Value.Default
  public boolean selfSigning() {
    return false;
  }

  /** An ACME issuer called {@code name} with {@code account}. */
  public static Issuer acme(String name, Acme account) {
    return builder().name(name).acmeAccount(account).build();
  }

  /** A CA issuer called {@code name} signing with the CA in Secret {@code secretName}. */
  public static Issuer ca(String name, String secretName) {
    return builder().name(name).caSecretName(secretName).build();
  }

  /** A self-signed issuer called {@code name}, to bootstrap a CA. */
  public static Issuer selfSigned(String name) {
    return builder().name(name).selfSigning(true).build();
  }

  /** A builder for an issuer. */
  public static Builder builder() {
    return new Builder();
  }

  /** This issuer as a {@code ClusterIssuer}. */
  public Issuer cluster() {
    return builder().from(this).clusterScoped(true).build();
  }

  /** This issuer, in namespace {@code namespace}. */
  public abstract Issuer withNamespace(String namespace);

  /** The kind of the issuer object: {@code Issuer} or {@code ClusterIssuer}. */
  public String issuerKind() {
    return clusterScoped() ? "ClusterIssuer" : "Issuer";
  }

  @Override
  public String kind() {
    return clusterScoped() ? "cluster-issuer" : "issuer";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public boolean namespaced() {
    return !clusterScoped();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    int types =
        (acmeAccount().isPresent() ? 1 : 0)
            + (caSecretName().isPresent() ? 1 : 0)
            + (selfSigning() ? 1 : 0);
    checks.require(
        types == 1,
        CertificateRules.INVALID_ISSUER,
        "",
        "an issuer is exactly one of ACME, CA and self-signed, this one is %d of them; build it"
            + " with Issuer.acme(...), Issuer.ca(...) or Issuer.selfSigned(...)",
        types);
    caSecretName().ifPresent(s -> checks.subdomain("caSecretName", s));
    acmeAccount().ifPresent(a -> acme(a, checks.in("acme")));
  }

  private static void acme(Acme a, Checks checks) {
    checks.require(
        a.server().startsWith("https://"),
        CertificateRules.INVALID_ISSUER,
        "server",
        "expected the ACME directory's https:// URL, was \"%s\"",
        a.server());
    checks.require(
        a.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
        CertificateRules.ACME_NO_EMAIL,
        "email",
        "an ACME account needs an email for the CA's expiry notices, was \"%s\"",
        a.email());
    checks.require(
        !a.solvers().isEmpty(),
        CertificateRules.ACME_NO_SOLVER,
        "solvers",
        "an ACME issuer needs a solver to answer challenges: AcmeSolver.http01Ingress(...),"
            + " http01Gateway(...) or a dns01 one");
    a.privateKeySecretName().ifPresent(s -> checks.subdomain("privateKeySecretName", s));
    for (int i = 0; i < a.solvers().size(); i++) {
      AcmeSolver s = a.solvers().get(i);
      checks.require(
          s.challenge().equals("http01") || s.challenge().equals("dns01"),
          CertificateRules.INVALID_ISSUER,
          "solvers[" + i + "]",
          "expected an http01 or dns01 challenge, was \"%s\"",
          s.challenge());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new TreeMap<>();
    acmeAccount()
        .ifPresent(
            a -> {
              Map<String, Object> acme = new TreeMap<>();
              acme.put("server", a.server());
              acme.put("email", a.email());
              acme.put(
                  "privateKeySecretRef",
                  Map.of("name", a.privateKeySecretName().orElse(name() + "-account-key")));
              acme.put("solvers", a.solvers().stream().map(AcmeSolver::toSpec).toList());
              spec.put("acme", acme);
            });
    caSecretName().ifPresent(s -> spec.put("ca", Map.of("secretName", s)));
    if (selfSigning()) {
      spec.put("selfSigned", Map.of());
    }
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(CertManager.API_VERSION)
            .withKind(issuerKind())
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds an {@link Issuer}. */
  public static class Builder extends ImmutableIssuer.Builder {}
}
