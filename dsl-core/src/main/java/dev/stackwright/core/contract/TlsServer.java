package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import java.util.List;

/**
 * The cross-layer contract of a component that terminates TLS for hosts with certificates from
 * Secrets of its namespace: the network layer's routes (an Ingress, a Gateway's HTTPS listeners).
 * The security layer reads it to issue a certificate for every TLS host and to refuse a certificate
 * for a host no route serves.
 */
public interface TlsServer extends Component {

  /** Each TLS termination: the hosts and the Secret they are served with. */
  List<TlsEndpoint> tlsEndpoints();
}
