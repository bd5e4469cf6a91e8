package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import java.util.List;

/**
 * The cross-layer contract of a component that issues a TLS certificate into a Secret of type
 * {@code kubernetes.io/tls} in its namespace: the security layer's cert-manager {@code
 * Certificate}. A network route's TLS accepts one as a typed reference and serves its Secret.
 */
public interface CertificateSource extends Component {

  /** The name of the Secret the certificate and its key are written to. */
  String secretName();

  /** The DNS names the certificate is for. */
  List<String> dnsNames();
}
