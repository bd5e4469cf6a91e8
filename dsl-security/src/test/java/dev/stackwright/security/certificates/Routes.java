package dev.stackwright.security.certificates;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.CertificateSource;
import dev.stackwright.core.contract.TlsEndpoint;
import dev.stackwright.core.contract.TlsServer;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the network layer's routes (which this module may not depend on): TLS served for
 * hosts of namespace {@code shop}, through the core contract only.
 */
final class Routes {
  private Routes() {}

  /** Routes serving the hosts of {@code cert} with its Secret, referred to directly. */
  static Tlsed serving(CertificateSource cert) {
    return new Tlsed(
        List.of(
            TlsEndpoint.builder()
                .secretName(cert.secretName())
                .hosts(cert.dnsNames())
                .certificate(cert)
                .build()));
  }

  /** Routes serving {@code hosts} with Secret {@code secret}, which a certificate should make. */
  static Tlsed issued(String secret, String... hosts) {
    return new Tlsed(List.of(TlsEndpoint.builder().secretName(secret).addHosts(hosts).build()));
  }

  /** The stand-in component. */
  static final class Tlsed implements TlsServer {
    private final List<TlsEndpoint> endpoints;

    Tlsed(List<TlsEndpoint> endpoints) {
      this.endpoints = endpoints;
    }

    @Override
    public List<TlsEndpoint> tlsEndpoints() {
      return endpoints;
    }

    @Override
    public String name() {
      return "shop";
    }

    @Override
    public String kind() {
      return "routes";
    }

    @Override
    public Layer layer() {
      return Layer.NETWORK;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.of("shop");
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
