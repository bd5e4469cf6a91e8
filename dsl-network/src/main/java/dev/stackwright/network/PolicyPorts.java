package dev.stackwright.network;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.PortRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.Optional;

/**
 * Resolves a connection's port to the number the receiving pods listen on: a container port name
 * through the pod set, a service port through the service's target port. Policies carry numbers, so
 * egress rules mean the same on every network plugin.
 */
final class PolicyPorts {
  private PolicyPorts() {}

  /**
   * The policy port of {@code connection}, empty for every port, or null after reporting why the
   * port cannot be resolved.
   */
  static Optional<NetworkPolicyPort> resolve(
      Connection connection, PolicyPlan.End to, SynthContext context, Checks at) {
    if (connection.port().isEmpty()) {
      return Optional.empty();
    }
    String port = connection.port().get();
    Optional<String> protocol = connection.protocol();
    String podPort = port;
    if (to.peer() instanceof Peer.BehindService behind) {
      Service service = behind.service();
      Optional<ExposedPort> exposed = service.exposedPort(port);
      if (exposed.isEmpty()) {
        at.error(
            NetworkRules.UNKNOWN_SERVICE_PORT,
            "port",
            "service %s has no port \"%s\"",
            service.name(),
            port);
        return null;
      }
      podPort = exposed.get().target();
      protocol = protocol.or(() -> exposed.get().protocol());
    }
    PodSet pods = to.pods();
    Optional<NamedPort> declared = pods == null ? Optional.<NamedPort>empty() : pods.port(podPort);
    int number;
    if (declared.isPresent()) {
      number = declared.get().port();
      protocol = protocol.or(() -> Optional.of(declared.get().protocol()));
    } else if (PortRef.of(podPort).isNumber()) {
      number = PortRef.of(podPort).number();
      if (!at.port("port", number)) {
        return null;
      }
    } else if (pods != null) {
      at.error(
          NetworkRules.UNKNOWN_CONNECTION_PORT,
          "port",
          "%s %s declares no port named \"%s\"; it declares %s",
          pods.kind(),
          pods.name(),
          podPort,
          ServiceChecks.describe(pods.ports()));
      return null;
    } else {
      at.error(
          NetworkRules.UNKNOWN_CONNECTION_PORT,
          "port",
          "port \"%s\" is a name, but %s has no workload of the stack to look it up in; give the"
              + " port number",
          podPort,
          to.peer().describe());
      return null;
    }
    return Optional.of(
        new NetworkPolicyPort(null, new IntOrString(number), protocol.orElse("TCP")));
  }
}
