package dev.stackwright.network;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.PortRef;
import dev.stackwright.core.validate.Checks;
import java.util.Optional;

/**
 * What each {@link PolicyEngine} can express, checked per connection before it becomes rules:
 * egress to DNS names (Cilium only), HTTP rules (Cilium, or Calico on the receiving side), on a
 * port that speaks plain HTTP. Every message names the engine or the form that can say it.
 */
final class EngineChecks {
  private static final String CILIUM =
      "render the connections for Cilium: Connections.builder().policyEngine(PolicyEngine.CILIUM)";

  private EngineChecks() {}

  /** Whether {@code connection}'s DNS names and HTTP rules fit the engine; reports why not. */
  static boolean expressible(Connections owner, Connection connection, Checks at) {
    boolean ok = true;
    PolicyEngine engine = owner.policyEngine();
    if (connection.from() instanceof Peer.DnsName) {
      at.error(
          NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
          "from",
          "a DNS name is a destination only: no policy engine matches incoming traffic by the"
              + " name of its sender; allow the sender's addresses with Peer.cidr(...)");
      ok = false;
    }
    if (connection.to() instanceof Peer.DnsName to && engine != PolicyEngine.CILIUM) {
      at.error(
          NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
          "to",
          "egress to DNS name %s needs %s; %s, or allow its addresses with allowToCidr",
          to.name(),
          engine == PolicyEngine.CALICO
              ? "Cilium: Calico's open-source policies have no DNS names (Calico Enterprise does)"
              : "a CNI policy: plain NetworkPolicy matches addresses only",
          CILIUM);
      ok = false;
    }
    if (connection.http().isEmpty()) {
      return ok;
    }
    if (engine == PolicyEngine.KUBERNETES) {
      at.error(
          NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
          "http",
          "HTTP rules need a CNI policy: plain NetworkPolicy stops at ports; %s (or"
              + " PolicyEngine.CALICO)",
          CILIUM);
      ok = false;
    }
    for (int i = 0; i < connection.http().size(); i++) {
      ok &= connection.http().get(i).validate(at.in("http[" + i + "]"));
    }
    if (connection.port().isEmpty()) {
      at.error(
          NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT,
          "port",
          "HTTP rules apply to one port that speaks HTTP, but the connection allows every port;"
              + " name the port");
      ok = false;
    }
    return ok;
  }

  /**
   * Whether the receiving port of a connection with HTTP rules speaks plain HTTP (a pod port named
   * {@code http}, {@code http-*}, {@code h2c} or {@code grpc*}; for addresses, any TCP port but
   * 443), and, for Calico, whether the receiving pods are under these policies (Calico matches HTTP
   * where the request arrives); reports why not.
   */
  static boolean httpPort(
      Connections owner, Connection connection, PolicyPlan.End to, boolean toLocal, Checks at) {
    String port = connection.port().orElseThrow();
    if (connection.protocol().filter(p -> !p.equals("TCP")).isPresent()) {
      at.error(
          NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT,
          "protocol",
          "HTTP runs over TCP, but the connection's protocol is %s",
          connection.protocol().get());
      return false;
    }
    PodSet pods = to.pods();
    if (pods != null) {
      String podPort =
          to.peer() instanceof Peer.BehindService s
              ? s.service().exposedPort(port).map(ExposedPort::target).orElse(port)
              : port;
      Optional<NamedPort> named =
          PortRef.of(podPort).isNumber()
              ? pods.ports().stream()
                  .filter(p -> p.port() == PortRef.of(podPort).number())
                  .findFirst()
              : pods.port(podPort);
      if (named.isEmpty() || !speaksHttp(named.get())) {
        at.error(
            NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT,
            "port",
            "HTTP rules need a port that speaks HTTP, but port \"%s\" of %s %s is %s; name the"
                + " port http (or http-*, h2c, grpc) or drop the HTTP rules",
            port,
            pods.kind(),
            pods.name(),
            named.map(n -> "\"" + n.name() + "\" (" + n.protocol() + ")").orElse("unnamed"));
        return false;
      }
    } else if (port.equals("443")) {
      at.error(
          NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT,
          "port",
          "port 443 carries TLS, inside which a network policy cannot see HTTP methods or paths;"
              + " drop the HTTP rules or allow plain HTTP");
      return false;
    }
    if (owner.policyEngine() == PolicyEngine.CALICO && !toLocal) {
      at.error(
          NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
          "http",
          "Calico matches HTTP requests where they arrive, but %s is not under these connections;"
              + " %s, or put the receiving pods under these connections",
          to.peer().describe(),
          CILIUM);
      return false;
    }
    return true;
  }

  private static boolean speaksHttp(NamedPort port) {
    String name = port.name();
    return port.protocol().equals("TCP")
        && (name.equals("http")
            || name.startsWith("http-")
            || name.equals("http2")
            || name.equals("h2c")
            || name.startsWith("grpc"));
  }
}
