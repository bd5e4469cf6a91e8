package dev.stackwright.mesh;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.mesh.linkerd.AccessPolicy;
import dev.stackwright.mesh.linkerd.LinkerdServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans Linkerd's Servers for the whole stack. Linkerd allows one Server per pod port, and several
 * rules (mTLS, default deny, authorization) can concern the same port, so the Servers are planned
 * once: a workload that an authorization protects or whose namespace denies by default gets {@code
 * deny}; otherwise its mTLS mode gives {@code all-authenticated} (strict) or {@code
 * all-unauthenticated} (permissive); a workload no rule concerns gets no Server.
 */
final class LinkerdServers {
  private LinkerdServers() {}

  /** The name of the Server for {@code port} of {@code pods}. */
  static String serverName(PodSet pods, NamedPort port) {
    return pods.name() + "-" + port.name();
  }

  static List<HasMetadata> render(SynthContext context) {
    Set<String> denyNamespaces = new HashSet<>();
    for (DefaultDeny deny : context.componentsOf(DefaultDeny.class)) {
      denyNamespaces.add(context.namespaceOf(deny));
    }
    Set<ComponentId> protectedIds = new HashSet<>();
    for (MeshAuthorization authz : context.componentsOf(MeshAuthorization.class)) {
      protectedIds.add(context.idOf(authz.target()));
    }
    Map<ComponentId, MtlsMode> workloadModes = new HashMap<>();
    Map<String, MtlsMode> namespaceModes = new HashMap<>();
    for (MutualTls mtls : context.componentsOf(MutualTls.class)) {
      if (mtls.workload().isPresent()) {
        workloadModes.put(context.idOf(mtls.workload().get()), mtls.mode());
      } else {
        namespaceModes.put(mtls.coveredNamespace(context), mtls.mode());
      }
    }
    Map<ComponentId, PodSet> workloads = new TreeMap<>();
    for (PodSet pods : context.componentsOf(PodSet.class)) {
      workloads.put(context.idOf(pods), pods);
    }
    List<HasMetadata> servers = new ArrayList<>();
    for (Map.Entry<ComponentId, PodSet> e : workloads.entrySet()) {
      PodSet pods = e.getValue();
      String ns = context.namespaceOf(pods);
      Optional<AccessPolicy> access;
      if (protectedIds.contains(e.getKey()) || denyNamespaces.contains(ns)) {
        access = Optional.of(AccessPolicy.DENY);
      } else {
        MtlsMode mode = workloadModes.getOrDefault(e.getKey(), namespaceModes.get(ns));
        access =
            Optional.ofNullable(mode)
                .map(
                    m ->
                        m == MtlsMode.STRICT
                            ? AccessPolicy.ALL_AUTHENTICATED
                            : AccessPolicy.ALL_UNAUTHENTICATED);
      }
      if (access.isEmpty()) {
        continue;
      }
      for (NamedPort port : pods.ports()) {
        if (!"TCP".equals(port.protocol())) {
          continue;
        }
        servers.add(
            LinkerdServer.of(
                context.metadata(pods, serverName(pods, port)).build(),
                pods.selectorLabels(),
                port.name(),
                access.get()));
      }
    }
    return servers;
  }
}
