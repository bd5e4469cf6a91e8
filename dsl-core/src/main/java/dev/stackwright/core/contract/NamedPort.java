package dev.stackwright.core.contract;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/** A port a pod set listens on, by name: what services, policies and mesh rules refer to. */
@Value.Immutable
@StackwrightStyle
public interface NamedPort {

  /** The port name (an IANA service name such as {@code http}). */
  @Value.Parameter
  String name();

  /** The container port number. */
  @Value.Parameter
  int port();

  /** The protocol: {@code TCP}, {@code UDP} or {@code SCTP}. */
  @Value.Default
  default String protocol() {
    return "TCP";
  }

  /** A TCP port named {@code name} on {@code port}. */
  static NamedPort of(String name, int port) {
    return ImmutableNamedPort.of(name, port);
  }

  /** A port named {@code name} on {@code port} speaking {@code protocol}. */
  static NamedPort of(String name, int port, String protocol) {
    return ImmutableNamedPort.builder().name(name).port(port).protocol(protocol).build();
  }
}
