package dev.stackwright.mesh;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mesh's Istio rules look up about other components, built once per synthesis so that a
 * stack with a rule per workload stays linear: the services in front of each workload, the services
 * a route gives a DestinationRule of its own, and the mTLS mode set for each workload and
 * namespace.
 */
final class MeshIndex {
  private final Map<ComponentId, List<ServiceEndpoint>> servicesByBackend = new HashMap<>();
  private final Set<ComponentId> routedWithDestinationRule = new HashSet<>();
  private final Map<ComponentId, MtlsMode> workloadModes = new HashMap<>();
  private final Map<String, MtlsMode> namespaceModes = new HashMap<>();

  private MeshIndex(SynthContext context) {
    for (ServiceEndpoint s : context.componentsOf(ServiceEndpoint.class)) {
      s.backend()
          .ifPresent(
              b ->
                  servicesByBackend
                      .computeIfAbsent(context.idOf(b), k -> new ArrayList<>())
                      .add(s));
    }
    for (MeshRoute route : context.componentsOf(MeshRoute.class)) {
      if (route.circuitBreaker().isPresent()) {
        route
            .effectiveBackends()
            .forEach(b -> routedWithDestinationRule.add(context.idOf(b.service())));
      }
    }
    for (MutualTls m : context.componentsOf(MutualTls.class)) {
      if (m.workload().isPresent()) {
        // The first rule for a workload is the one in effect; the last for a namespace.
        workloadModes.putIfAbsent(context.idOf(m.workload().get()), m.mode());
      } else {
        namespaceModes.put(m.coveredNamespace(context), m.mode());
      }
    }
  }

  static MeshIndex of(SynthContext context) {
    return context.index(MeshIndex.class, MeshIndex::new);
  }

  /** The services whose backend is {@code workload}, in stack order. */
  List<ServiceEndpoint> servicesOf(ComponentId workload) {
    return servicesByBackend.getOrDefault(workload, List.of());
  }

  /**
   * Whether a route with a circuit breaker renders an Istio DestinationRule for {@code service}.
   */
  boolean hasDestinationRule(SynthContext context, ServiceEndpoint service) {
    return routedWithDestinationRule.contains(context.idOf(service));
  }

  /** The mTLS mode in effect for {@code pods}: its own setting, else its namespace's. */
  Optional<MtlsMode> modeOf(SynthContext context, PodSet pods) {
    MtlsMode own = workloadModes.get(context.idOf(pods));
    return own != null
        ? Optional.of(own)
        : Optional.ofNullable(namespaceModes.get(context.namespaceOf(pods)));
  }
}
