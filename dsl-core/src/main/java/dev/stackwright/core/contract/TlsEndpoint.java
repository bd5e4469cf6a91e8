package dev.stackwright.core.contract;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One TLS termination of a {@link TlsServer}: the hosts served with the certificate in one Secret,
 * and where that Secret comes from: a certificate of the stack (by typed reference, or found by the
 * Secret's name), or a Secret that already exists.
 */
@Value.Immutable
@StackwrightStyle
public abstract class TlsEndpoint {

  /** The Secret (type {@code kubernetes.io/tls}) holding the certificate and key. */
  public abstract String secretName();

  /** The hosts served with it. */
  public abstract List<String> hosts();

  /** The certificate of the stack that writes the Secret, when referred to directly. */
  public abstract Optional<CertificateSource> certificate();

  /** Whether the Secret exists already, made outside the stack; false by default. */
  @Value.Default
  public boolean existingSecret() {
    return false;
  }

  /** A builder for an endpoint. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TlsEndpoint}. */
  public static class Builder extends ImmutableTlsEndpoint.Builder {}
}
