package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One allowed flow of traffic: from a peer to a peer, on one port or on all. Declared once in
 * {@link Connections}, it becomes an ingress rule for the receiving pods and an egress rule for the
 * sending pods.
 */
@Value.Immutable
@StackwrightStyle
@SuppressWarnings("immutables:from")
public interface Connection {

  /** Who opens the connection. */
  @Value.Parameter
  Peer from();

  /** Who accepts it. */
  @Value.Parameter
  Peer to();

  /**
   * The receiving port: a container port name or number of the receiving pods, a service port of a
   * receiving service, or a number for a namespace or range. Every port when absent.
   */
  Optional<String> port();

  /** The protocol; by default the receiving port's, else {@code TCP}. */
  Optional<String> protocol();

  /**
   * The HTTP requests allowed on {@link #port()}, a port that speaks HTTP; every request when
   * empty. Needs a CNI policy engine ({@link PolicyEngine#CILIUM}, {@link PolicyEngine#CALICO}).
   */
  List<HttpRule> http();

  /** A builder for every field. */
  static Builder builder() {
    return new Builder();
  }

  /** Traffic from {@code from} to {@code to} on {@code port}. */
  static Connection of(Peer from, Peer to, String port) {
    return builder().from(from).to(to).port(port).build();
  }

  /** Traffic from {@code from} to {@code to} on every port. */
  static Connection anyPort(Peer from, Peer to) {
    return ImmutableConnection.of(from, to);
  }

  /** Builds a {@link Connection}. */
  class Builder extends ImmutableConnection.Builder {}
}
