package dev.stackwright.security.certificates;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.TlsEndpoint;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.StageWalk;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateTest {
  static final Path CRDS = Path.of("src/test/resources/crds/secrets");

  static final Issuer LETS_ENCRYPT =
      Issuer.acme(
              "letsencrypt",
              Acme.letsEncrypt("platform@example.com")
                  .solvedBy(
                      AcmeSolver.http01Ingress("nginx"),
                      AcmeSolver.dns01Route53("eu-central-1", "Z0123456789")
                          .forZones("example.com")))
          .cluster();

  static Stack stack(Component... components) {
    return Stack.builder()
        .name("shop")
        .target(TargetCluster.builder().provides(Prerequisite.FLUX).build())
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("other"))
        .addNamespace(Namespace.of("cert-manager"))
        .add(CertManager.release("cert-manager"))
        .add(components)
        .build();
  }

  static GenericKubernetesResource object(SynthResult result, String kind, String name) {
    return (GenericKubernetesResource)
        result.objects().stream()
            .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
            .findFirst()
            .orElseThrow();
  }

  static Certificate.Builder shopCert() {
    return Certificate.builder()
        .name("shop-tls")
        .namespace("shop")
        .issuer(LETS_ENCRYPT)
        .addDnsName("shop.example.com");
  }

  @Test
  void aCertificateForARouteIsIssuedIntoTheSecretTheRouteServes() {
    Certificate cert = shopCert().build();
    SynthResult result = Synthesizer.synthesize(stack(LETS_ENCRYPT, cert, Routes.serving(cert)));

    assertThat(result).isOk();
    GenericKubernetesResource c = object(result, "Certificate", "shop-tls");
    assertThat(c.getApiVersion()).isEqualTo("cert-manager.io/v1");
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) c.getAdditionalProperties().get("spec");
    assertThat(spec)
        .containsEntry("secretName", "shop-tls")
        .containsEntry("dnsNames", List.of("shop.example.com"))
        .containsEntry(
            "issuerRef",
            Map.of("group", "cert-manager.io", "kind", "ClusterIssuer", "name", "letsencrypt"));
    StageWalk.walk(result);
  }

  @Test
  void certificatesAreMadeForEveryTlsEntryThatExpectsOne() {
    Routes.Tlsed routes = Routes.issued("shop-tls", "shop.example.com");

    List<Certificate> certs = Certificate.forRoutes(routes, LETS_ENCRYPT);

    assertThat(certs).hasSize(1);
    assertThat(certs.get(0).secretName()).isEqualTo("shop-tls");
    assertThat(certs.get(0).dnsNames()).containsExactly("shop.example.com");
    assertThat(certs.get(0).namespace()).contains("shop");
    assertThat(Stack.builder().from(stack(routes, LETS_ENCRYPT)).add(certs).build()).isOk();
  }

  @Test
  void issuersAndCertificatesAreValidForCertManagersCrds() {
    Issuer selfSigned = Issuer.selfSigned("bootstrap").withNamespace("shop");
    Certificate ca =
        Certificate.builder()
            .name("shop-ca")
            .namespace("shop")
            .issuer(selfSigned)
            .isCa(true)
            .commonName("shop internal CA")
            .duration("87600h")
            .renewBefore("720h")
            .build();
    Issuer internal = Issuer.ca("internal", "shop-ca").withNamespace("shop");
    Issuer gatewayAcme =
        Issuer.acme(
                "staging",
                Acme.letsEncryptStaging("platform@example.com")
                    .solvedBy(
                        AcmeSolver.http01Gateway("shop", "shop"),
                        AcmeSolver.dns01Cloudflare("cloudflare-token", "api-token")))
            .withNamespace("shop");
    Certificate cert = shopCert().build();
    SynthResult result =
        Synthesizer.synthesize(
            stack(LETS_ENCRYPT, selfSigned, ca, internal, gatewayAcme, cert, Routes.serving(cert)));

    assertThat(result).isOk();
    Path issuers = CRDS.resolve("cert-manager.io_issuers.yaml");
    CrdSchemas.assertValid(
        object(result, "ClusterIssuer", "letsencrypt"),
        CRDS.resolve("cert-manager.io_clusterissuers.yaml"));
    CrdSchemas.assertValid(object(result, "Issuer", "bootstrap"), issuers);
    CrdSchemas.assertValid(object(result, "Issuer", "internal"), issuers);
    CrdSchemas.assertValid(object(result, "Issuer", "staging"), issuers);
    Path certificates = CRDS.resolve("cert-manager.io_certificates.yaml");
    CrdSchemas.assertValid(object(result, "Certificate", "shop-ca"), certificates);
    CrdSchemas.assertValid(object(result, "Certificate", "shop-tls"), certificates);
    assertThat(result.stages().stages().get(1).objects())
        .extracting(o -> o.object().getKind())
        .contains("ClusterIssuer", "Issuer", "Certificate");
  }

  @Test
  void aCertificateForAHostNoRouteServesIsAnError() {
    Certificate cert = shopCert().addDnsName("admin.example.com").build();

    assertThat(stack(LETS_ENCRYPT, cert, Routes.issued("shop-tls", "shop.example.com")))
        .hasError(
            CertificateRules.HOST_NOT_SERVED,
            "stack shop / certificate shop-tls / dnsNames[1]",
            "no TLS route of namespace shop serves admin.example.com");
  }

  @Test
  void aCertificateNoRouteUsesIsAnErrorUnlessUsedElsewhere() {
    assertThat(stack(LETS_ENCRYPT, shopCert().build()))
        .hasError(CertificateRules.HOST_NOT_SERVED, "certificate shop-tls / dnsNames[0]");
    assertThat(stack(LETS_ENCRYPT, shopCert().servesRoutes(false).build())).isOk();
  }

  @Test
  void anAcmeIssuerWithoutEmailOrSolverIsAnError() {
    Issuer bad = Issuer.acme("bad", Acme.builder().build()).cluster();

    assertThat(stack(bad))
        .hasError(CertificateRules.ACME_NO_EMAIL, "cluster-issuer bad / acme / email")
        .hasError(CertificateRules.ACME_NO_SOLVER, "cluster-issuer bad / acme / solvers");
  }

  @Test
  void anIssuerOfAnotherNamespaceIsAnError() {
    Issuer other = Issuer.ca("internal", "ca").withNamespace("other");
    Certificate cert = shopCert().issuer(other).build();

    assertThat(stack(other, cert, Routes.serving(cert)))
        .hasError(
            CertificateRules.ISSUER_SCOPE,
            "certificate shop-tls / issuer",
            "Issuer internal signs certificates of namespace other only");
  }

  @Test
  void anIssuerOfNoTypeOrTwoIsAnError() {
    Issuer none = Issuer.builder().name("none").namespace("shop").build();
    Issuer two =
        Issuer.builder().name("two").namespace("shop").caSecretName("ca").selfSigning(true).build();

    assertThat(stack(none, two))
        .hasError(CertificateRules.INVALID_ISSUER, "issuer none")
        .hasError(CertificateRules.INVALID_ISSUER, "issuer two");
  }

  @Test
  void tlsEndpointsStateWhereEachSecretComesFrom() {
    Certificate cert = shopCert().build();

    assertThat(Routes.serving(cert).tlsEndpoints())
        .containsExactly(
            TlsEndpoint.builder()
                .secretName("shop-tls")
                .addHost("shop.example.com")
                .certificate(cert)
                .build());
  }
}
