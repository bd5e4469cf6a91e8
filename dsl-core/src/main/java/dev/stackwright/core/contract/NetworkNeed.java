package dev.stackwright.core.contract;

import dev.stackwright.core.StackwrightStyle;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One flow of traffic a component needs: from a set of pods to a peer on some ports. The network
 * layer turns it into an egress rule for the sending pods and an ingress rule for the receiving
 * pods, wherever those run in a namespace under the stack's policies.
 *
 * <pre>{@code
 * NetworkNeed.of(NetworkPeer.pods(api), NetworkPeer.pods(collector), "otlp-grpc")
 * NetworkNeed.of(NetworkPeer.pods(job), NetworkPeer.apiServer())
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
@SuppressWarnings("immutables:from") // "from" names the peer; copies use the builder
public interface NetworkNeed {

  /** Who opens the connection. */
  @Value.Parameter
  NetworkPeer from();

  /** Who accepts it. */
  @Value.Parameter
  NetworkPeer to();

  /**
   * The receiving ports: container port names or numbers of the receiving pods, numbers for a
   * namespace or outside pods. Empty means every port, or for {@link NetworkPeer#apiServer()} the
   * port the cluster's API server is stated to listen on.
   */
  @Value.Parameter
  List<String> ports();

  /** The protocol of every port; {@code TCP} by default. */
  @Value.Default
  default String protocol() {
    return "TCP";
  }

  /** Traffic from {@code from} to {@code to} on {@code ports} (every port when none). */
  static NetworkNeed of(NetworkPeer from, NetworkPeer to, String... ports) {
    return ImmutableNetworkNeed.of(from, to, Arrays.asList(ports));
  }

  /** Traffic from {@code from} to {@code to} on the port numbers {@code ports}. */
  static NetworkNeed of(NetworkPeer from, NetworkPeer to, List<Integer> ports) {
    return ImmutableNetworkNeed.of(from, to, ports.stream().map(String::valueOf).toList());
  }
}
