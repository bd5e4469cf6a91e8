package dev.stackwright.mesh;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Consul service names of the stack's workloads, built once per synthesis: consul-k8s registers
 * a pod under the name of the Kubernetes Service that selects it, so a workload's Consul name is
 * its first service's name (in stack order).
 */
final class ConsulNames {
  private final Map<ComponentId, ServiceEndpoint> services = new HashMap<>();

  private ConsulNames(SynthContext context) {
    for (ServiceEndpoint s : context.componentsOf(ServiceEndpoint.class)) {
      s.backend()
          .filter(context::contains)
          .ifPresent(pods -> services.putIfAbsent(context.idOf(pods), s));
    }
  }

  static ConsulNames of(SynthContext context) {
    return context.index(ConsulNames.class, ConsulNames::new);
  }

  /** The Consul service name of {@code pods}, if a service of the stack selects them. */
  Optional<String> serviceOf(SynthContext context, PodSet pods) {
    return endpointOf(context, pods).map(ServiceEndpoint::name);
  }

  /** The service that gives {@code pods} their Consul name, if a service of the stack does. */
  Optional<ServiceEndpoint> endpointOf(SynthContext context, PodSet pods) {
    return Optional.ofNullable(services.get(context.idOf(pods)));
  }

  /**
   * The Consul protocol of a service, from its first port's name: {@code http} for {@code http} and
   * {@code http-*}, {@code http2} for {@code http2} and {@code h2c}, {@code grpc} for {@code
   * grpc*}, else {@code tcp}.
   */
  static String protocol(ServiceEndpoint service) {
    List<NamedPort> ports = service.servicePorts();
    String name = ports.isEmpty() ? "" : ports.get(0).name();
    if (name.equals("http") || name.startsWith("http-")) {
      return "http";
    }
    if (name.equals("http2") || name.equals("h2c")) {
      return "http2";
    }
    return name.startsWith("grpc") ? "grpc" : "tcp";
  }

  /** Whether Consul routes, splits and authorizes requests of {@code protocol} by HTTP fields. */
  static boolean speaksHttp(String protocol) {
    return !protocol.equals("tcp");
  }
}
