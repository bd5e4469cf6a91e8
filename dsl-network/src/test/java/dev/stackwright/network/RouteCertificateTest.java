package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.CertificateSource;
import dev.stackwright.core.contract.TlsEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TLS from certificates of the stack, through the core's certificate contract. */
class RouteCertificateTest {
  private final TestWorkload webPods = TestWorkload.http("web");
  private final Service web = Service.builder(webPods).addPort(ExposedPort.of(80, "http")).build();

  /** A stand-in for the security layer's certificate. */
  private record Cert(String name, String namespaceName) implements CertificateSource {
    @Override
    public String secretName() {
      return name;
    }

    @Override
    public List<String> dnsNames() {
      return List.of("shop.example.com");
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
    public Optional<String> namespace() {
      return Optional.of(namespaceName);
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }

  private Stack stack(Component... more) {
    return Stacks.builder(webPods, web).add(more).build();
  }

  private HttpRoutes.Builder routes() {
    return HttpRoutes.builder()
        .name("shop")
        .addRoute(Route.of("shop.example.com", "/", web, "http"));
  }

  @Test
  void tlsFromACertificateServesItsSecretAndHostsAfterIt() {
    Cert cert = new Cert("shop-tls", "shop");
    HttpRoutes r = routes().addTls(Tls.of(cert)).build();

    assertThat(r.dependsOn()).containsExactly(cert);
    assertThat(r.tlsEndpoints())
        .containsExactly(
            TlsEndpoint.builder()
                .secretName("shop-tls")
                .addHost("shop.example.com")
                .certificate(cert)
                .build());
    assertThat(stack(cert, r))
        .object(Ingress.class, "shop")
        .satisfies(
            i -> assertThat(i.getSpec().getTls().get(0).getSecretName()).isEqualTo("shop-tls"));
  }

  @Test
  void tlsIssuedByACertificateFoundByItsSecretIsFine() {
    assertThat(
            stack(
                new Cert("shop-tls", "shop"),
                routes().addTls(Tls.issued("shop-tls", "shop.example.com")).build()))
        .isOk();
  }

  @Test
  void aTlsRouteWithNoCertificateAndNoExistingSecretIsAnError() {
    assertThat(stack(routes().addTls(Tls.issued("shop-tls", "shop.example.com")).build()))
        .hasError(
            NetworkRules.TLS_WITHOUT_CERTIFICATE,
            "routes shop / tls[0].secretName",
            "no certificate of the stack writes Secret shop-tls");
  }

  @Test
  void aCertificateOfAnotherNamespaceIsAnError() {
    Cert elsewhere = new Cert("shop-tls", "other");

    assertThat(
            Stacks.builder(webPods, web)
                .addNamespace(dev.stackwright.core.Namespace.of("other"))
                .add(elsewhere, routes().addTls(Tls.of(elsewhere)).build())
                .build())
        .hasError(NetworkRules.TLS_WITHOUT_CERTIFICATE, "routes shop / tls[0].certificate");
  }

  @Test
  void anExistingSecretNeedsNoCertificate() {
    assertThat(stack(routes().addTls(Tls.of("shop-tls", "shop.example.com")).build())).isOk();
  }
}
