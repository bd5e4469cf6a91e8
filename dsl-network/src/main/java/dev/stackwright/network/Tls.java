package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.CertificateSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * TLS termination for some hosts with the certificate in a Secret of type {@code
 * kubernetes.io/tls}: an Ingress {@code tls} entry, or HTTPS listeners of a Gateway. The Secret
 * exists already ({@link #of(String, String...)}), or a certificate of the stack writes it: one
 * referred to directly ({@link #of(CertificateSource)}), or one found by the Secret's name ({@link
 * #issued(String, String...)}), which is an error when the stack has none.
 */
@Value.Immutable
@StackwrightStyle
public interface Tls {

  /** The name of the Secret holding the certificate and key, in the routes' namespace. */
  @Value.Parameter
  String secretName();

  /** The hosts the certificate covers; at least one. */
  List<String> hosts();

  /** The certificate of the stack that writes the Secret, when referred to directly. */
  Optional<CertificateSource> certificate();

  /** Whether the Secret exists already, made outside the stack; true for {@link #of}. */
  @Value.Default
  default boolean existingSecret() {
    return true;
  }

  /** TLS for {@code hosts} with the certificate in the existing Secret {@code secretName}. */
  static Tls of(String secretName, String... hosts) {
    return ImmutableTls.builder().secretName(secretName).addAllHosts(Arrays.asList(hosts)).build();
  }

  /** TLS for the hosts of {@code certificate}, with the Secret it writes. */
  static Tls of(CertificateSource certificate) {
    return ImmutableTls.builder()
        .secretName(certificate.secretName())
        .addAllHosts(certificate.dnsNames())
        .certificate(certificate)
        .existingSecret(false)
        .build();
  }

  /**
   * TLS for {@code hosts} with the Secret {@code secretName} that a certificate of the stack writes
   * (say one made for these routes by the security layer).
   */
  static Tls issued(String secretName, String... hosts) {
    return ImmutableTls.builder()
        .secretName(secretName)
        .addAllHosts(Arrays.asList(hosts))
        .existingSecret(false)
        .build();
  }
}
