package dev.stackwright.mesh;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Consul config entries that belong to the whole mesh, rendered by the {@link ServiceMesh}
 * because each exists once per service or once per cluster: a {@code ServiceDefaults} per service
 * of a member namespace (or one a route or authorization names) with its protocol (from its first
 * port's name) and, where a {@link MutualTls} covers its pods, {@code mutualTLSMode}; the {@code
 * Mesh} entry that allows permissive mTLS when some rule asks for it; the {@code ProxyDefaults}
 * entry {@code global} with access logs when the control plane turns them on.
 */
final class ConsulDefaults {
  private ConsulDefaults() {}

  static List<HasMetadata> render(SynthContext context, ServiceMesh mesh) {
    Set<String> members = new HashSet<>();
    context.componentsOf(MeshMembership.class).forEach(m -> members.addAll(m.namespaces()));
    Set<ComponentId> named = new HashSet<>();
    for (MeshRoute route : context.componentsOf(MeshRoute.class)) {
      named.add(context.idOf(route.service()));
      route.backends().forEach(b -> named.add(context.idOf(b.service())));
    }
    Set<ComponentId> authorized = new HashSet<>();
    context
        .componentsOf(MeshAuthorization.class)
        .forEach(a -> authorized.add(context.idOf(a.target())));
    Map<ComponentId, MtlsMode> workloadModes = new HashMap<>();
    Map<String, MtlsMode> namespaceModes = new HashMap<>();
    for (MutualTls m : context.componentsOf(MutualTls.class)) {
      if (m.workload().isPresent()) {
        workloadModes.put(context.idOf(m.workload().get()), m.mode());
      } else {
        namespaceModes.put(m.coveredNamespace(context), m.mode());
      }
    }
    List<HasMetadata> out = new ArrayList<>();
    boolean permissive = false;
    for (ServiceEndpoint s : context.componentsOf(ServiceEndpoint.class)) {
      String ns = context.namespaceOf(s);
      ComponentId pods = s.backend().filter(context::contains).map(context::idOf).orElse(null);
      boolean covered =
          members.contains(ns)
              || named.contains(context.idOf(s))
              || (pods != null && authorized.contains(pods));
      if (!covered || pods == null) {
        continue;
      }
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("protocol", ConsulNames.protocol(s));
      MtlsMode mode = workloadModes.getOrDefault(pods, namespaceModes.get(ns));
      if (mode != null) {
        spec.put("mutualTLSMode", mode == MtlsMode.STRICT ? "strict" : "permissive");
        permissive |= mode == MtlsMode.PERMISSIVE;
      }
      out.add(
          ConsulApi.resource(
              "ServiceDefaults", context.metadata(mesh, s.name()).withNamespace(ns).build(), spec));
    }
    if (permissive) {
      out.add(
          ConsulApi.resource(
              "Mesh",
              context.metadata(mesh, "mesh").withNamespace(mesh.controlPlaneNamespace()).build(),
              Map.of("allowEnablingPermissiveMutualTLS", true)));
    }
    if (mesh.controlPlane().map(ControlPlane::accessLogs).orElse(false)) {
      out.add(
          ConsulApi.resource(
              "ProxyDefaults",
              context.metadata(mesh, "global").withNamespace(mesh.controlPlaneNamespace()).build(),
              Map.of("accessLogs", Map.of("enabled", true))));
    }
    return out;
  }
}
