package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PortRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One port of a {@link Service}: the number clients connect to and the pod port it forwards to, by
 * name ({@code http}) or number ({@code 8080}). Synthesizes into an entry of the Service's {@code
 * spec.ports}.
 */
@Value.Immutable
@StackwrightStyle
public interface ExposedPort {

  /** The port number the service listens on. */
  @Value.Parameter
  int port();

  /** The pod port traffic goes to: a container port name, or a number. */
  @Value.Parameter
  String target();

  /** The service port's name; by default the target's name, else {@code port-<port>}. */
  Optional<String> name();

  /** The port on every node, for NodePort and LoadBalancer services; assigned when absent. */
  Optional<Integer> nodePort();

  /** The protocol; by default the target container port's, else {@code TCP}. */
  Optional<String> protocol();

  /** The application protocol hint ({@code http}, {@code kubernetes.io/h2c}...), if any. */
  Optional<String> appProtocol();

  /** Port {@code port} forwarding to the pod port named (or numbered) {@code target}. */
  static ExposedPort of(int port, String target) {
    return ImmutableExposedPort.of(port, target);
  }

  /** Port {@code port} forwarding to the pod port numbered {@code targetPort}. */
  static ExposedPort of(int port, int targetPort) {
    return ImmutableExposedPort.of(port, String.valueOf(targetPort));
  }

  /** A builder for a port with a node port, protocol or application protocol. */
  static Builder builder() {
    return new Builder();
  }

  /** Whether the target is a port number rather than a name. */
  default boolean targetIsNumber() {
    return PortRef.of(target()).isNumber();
  }

  /** Builds an {@link ExposedPort}. */
  class Builder extends ImmutableExposedPort.Builder {}
}
