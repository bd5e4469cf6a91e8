package dev.stackwright.security.certificates;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.CertificateSource;
import dev.stackwright.core.contract.TlsEndpoint;
import dev.stackwright.core.contract.TlsServer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A TLS certificate that cert-manager keeps issued and renewed into the Secret {@link
 * #secretName()}: a {@code Certificate} (cert-manager.io/v1) signed by its {@link #issuer()}. A
 * route's TLS serves it with {@code Tls.of(certificate)}, or {@link #forRoutes} makes one for every
 * TLS entry of routes that expects one. A certificate for routes ({@link #servesRoutes()}, the
 * default unless it is a CA) must name only hosts that a route of the stack serves with its Secret.
 *
 * <pre>{@code
 * Certificate shop = Certificate.builder()
 *     .name("shop-tls").namespace("shop").issuer(letsEncrypt)
 *     .addDnsName("shop.example.com")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Certificate implements CertificateSource {
  private static final Pattern DNS_NAME =
      Pattern.compile("(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+");

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The issuer that signs it: an Issuer of this namespace or a ClusterIssuer. */
  public abstract Issuer issuer();

  /** The Secret the certificate and key are written to; the certificate's name by default. */
  @Override
  @Value.Default
  public String secretName() {
    return name();
  }

  @Override
  public abstract List<String> dnsNames();

  /** The subject's common name, for a CA certificate. */
  public abstract Optional<String> commonName();

  /** Whether this is a CA certificate, for a CA issuer to sign with; false by default. */
  @Value.Default
  public boolean isCa() {
    return false;
  }

  /** How long the certificate is valid (a Go duration); the issuer decides when absent. */
  public abstract Optional<String> duration();

  /** How long before expiry it is renewed (a Go duration); a third of its life when absent. */
  public abstract Optional<String> renewBefore();

  /**
   * Whether the certificate is for the stack's routes, so every DNS name must be served by one with
   * its Secret; true unless it is a CA.
   */
  @Value.Default
  public boolean servesRoutes() {
    return !isCa();
  }

  /** A builder for a certificate. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A certificate from {@code issuer} for each TLS entry of {@code routes} whose Secret a
   * certificate should make (not an existing Secret, not one referred to directly), named after the
   * Secret, in the routes' namespace.
   */
  public static List<Certificate> forRoutes(TlsServer routes, Issuer issuer) {
    List<Certificate> out = new ArrayList<>();
    for (TlsEndpoint endpoint : routes.tlsEndpoints()) {
      if (endpoint.existingSecret() || endpoint.certificate().isPresent()) {
        continue;
      }
      out.add(
          builder()
              .name(endpoint.secretName())
              .namespace(routes.namespace())
              .issuer(issuer)
              .dnsNames(endpoint.hosts())
              .build());
    }
    return out;
  }

  @Override
  public String kind() {
    return "certificate";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(issuer());
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.subdomain("secretName", secretName());
    String ns = context.namespaceOf(this);
    checks.require(
        !dnsNames().isEmpty() || commonName().isPresent(),
        CertificateRules.INVALID_CERTIFICATE,
        "dnsNames",
        "a certificate needs at least one DNS name (or a common name, for a CA)");
    if (!issuer().clusterScoped()) {
      String issuerNs = context.namespaceOf(issuer());
      checks.require(
          issuerNs.equals(ns),
          CertificateRules.ISSUER_SCOPE,
          "issuer",
          "Issuer %s signs certificates of namespace %s only, but this one is in %s; use an"
              + " Issuer of %s or a ClusterIssuer (Issuer.cluster())",
          issuer().name(),
          issuerNs,
          ns,
          ns);
    }
    duration(checks, "duration", duration());
    duration(checks, "renewBefore", renewBefore());
    Set<String> served = servesRoutes() ? ServedHosts.of(context).hosts(ns, secretName()) : null;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < dnsNames().size(); i++) {
      String host = dnsNames().get(i);
      String field = "dnsNames[" + i + "]";
      checks.require(
          DNS_NAME.matcher(host).matches() && host.length() <= 253,
          CertificateRules.INVALID_CERTIFICATE,
          field,
          "expected a DNS name (a leading *. allowed), was \"%s\"",
          host);
      checks.require(
          seen.add(host), CertificateRules.INVALID_CERTIFICATE, field, "%s is listed twice", host);
      if (served != null) {
        checks.require(
            served.contains(host),
            CertificateRules.HOST_NOT_SERVED,
            field,
            "no TLS route of namespace %s serves %s with Secret %s, so the certificate would be"
                + " issued for nothing; add the host to the routes' TLS with Tls.of(certificate),"
                + " drop it, or say servesRoutes(false) for a certificate used elsewhere",
            ns,
            host,
            secretName());
      }
    }
  }

  private static void duration(Checks checks, String field, Optional<String> value) {
    value.ifPresent(
        v ->
            checks.require(
                DURATION.matcher(v).matches(),
                CertificateRules.INVALID_CERTIFICATE,
                field,
                "expected a duration such as 2160h, was \"%s\"",
                v));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("secretName", secretName());
    spec.put(
        "issuerRef",
        Map.of("group", CertManager.GROUP, "kind", issuer().issuerKind(), "name", issuer().name()));
    commonName().ifPresent(c -> spec.put("commonName", c));
    if (!dnsNames().isEmpty()) {
      spec.put("dnsNames", List.copyOf(dnsNames()));
    }
    if (isCa()) {
      spec.put("isCA", true);
    }
    duration().ifPresent(d -> spec.put("duration", d));
    renewBefore().ifPresent(d -> spec.put("renewBefore", d));
    spec.put("privateKey", Map.of("algorithm", "ECDSA", "size", 256, "rotationPolicy", "Always"));
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(CertManager.API_VERSION)
            .withKind("Certificate")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** The hosts each TLS Secret is served for, by namespace and Secret, built once per stack. */
  private record ServedHosts(Map<String, Set<String>> bySecret) {
    static ServedHosts of(SynthContext context) {
      return context.index(
          ServedHosts.class,
          ctx -> {
            Map<String, Set<String>> map = new HashMap<>();
            for (TlsServer server : ctx.componentsOf(TlsServer.class)) {
              String ns = ctx.namespaceOf(server);
              for (TlsEndpoint e : server.tlsEndpoints()) {
                map.computeIfAbsent(ns + "/" + e.secretName(), k -> new HashSet<>())
                    .addAll(e.hosts());
              }
            }
            return new ServedHosts(map);
          });
    }

    Set<String> hosts(String namespace, String secretName) {
      return bySecret.getOrDefault(namespace + "/" + secretName, Set.of());
    }
  }

  /** Builds a {@link Certificate}. */
  public static class Builder extends ImmutableCertificate.Builder {}
}
