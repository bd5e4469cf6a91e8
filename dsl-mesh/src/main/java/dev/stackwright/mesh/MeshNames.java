package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;

/**
 * The names the meshes give to services and workload identities. Service names follow the stack's
 * cluster domain; identities use the meshes' trust domains ({@code cluster.local} unless the
 * control plane is installed with another), which are not DNS names.
 */
final class MeshNames {
  private MeshNames() {}

  /** The in-cluster DNS name of a service, in the stack's cluster domain. */
  static String fqdn(SynthContext context, Component service) {
    return context.serviceHost(service);
  }

  /** The Istio (SPIFFE) principal of a pod set: {@code cluster.local/ns/<ns>/sa/<sa>}. */
  static String istioPrincipal(SynthContext context, PodSet pods) {
    return "cluster.local/ns/" + context.namespaceOf(pods) + "/sa/" + pods.serviceAccountName();
  }

  /** The Linkerd proxy identity of a pod set. */
  static String linkerdIdentity(SynthContext context, PodSet pods) {
    return pods.serviceAccountName()
        + "."
        + context.namespaceOf(pods)
        + ".serviceaccount.identity.linkerd.cluster.local";
  }
}
