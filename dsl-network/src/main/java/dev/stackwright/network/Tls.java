package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * TLS termination for some hosts with the certificate of an existing Secret (of type {@code
 * kubernetes.io/tls}, such as cert-manager issues): an Ingress {@code tls} entry, or HTTPS
 * listeners of a Gateway.
 */
@Value.Immutable
@StackwrightStyle
public interface Tls {

  /** The name of the Secret holding the certificate and key, in the routes' namespace. */
  @Value.Parameter
  String secretName();

  /** The hosts the certificate covers; at least one. */
  List<String> hosts();

  /** TLS for {@code hosts} with the certificate in the Secret {@code secretName}. */
  static Tls of(String secretName, String... hosts) {
    return ImmutableTls.builder().secretName(secretName).addAllHosts(Arrays.asList(hosts)).build();
  }
}
