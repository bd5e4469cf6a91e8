package dev.stackwright.network;

import dev.stackwright.core.cluster.Prerequisite;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link Connections} renders into: plain Kubernetes NetworkPolicy, which every network
 * plugin enforces, or the policy resources of the cluster's CNI, which say more (egress to DNS
 * names, HTTP method and path rules, cluster-wide defaults and ordering). The CNI belongs to the
 * cluster, not the stack: state it as a {@link #prerequisite()} of the target cluster so the apply
 * stages know its kinds are there.
 */
public enum PolicyEngine {
  /** networking.k8s.io/v1 NetworkPolicy: portable, layer 3/4 only, namespaced only. */
  KUBERNETES,

  /**
   * Cilium's cilium.io/v2 {@code CiliumNetworkPolicy} and {@code CiliumClusterwideNetworkPolicy}:
   * adds egress to DNS names (with the DNS visibility rule Cilium's proxy needs), HTTP rules and
   * cluster-wide defaults.
   */
  CILIUM,

  /**
   * Calico's {@code NetworkPolicy} and {@code GlobalNetworkPolicy} in crd.projectcalico.org/v1, the
   * API a cluster serves without the Calico API server: adds HTTP rules on the receiving side,
   * cluster-wide defaults and an explicit evaluation order. Egress to DNS names is a Calico
   * Enterprise feature and stays an error.
   */
  CALICO;

  /** The Cilium CRDs this rendering uses, as a cluster prerequisite. */
  public static final Prerequisite CILIUM_POLICIES =
      Prerequisite.crds(
          "cilium",
          Prerequisite.kinds(
              CiliumPolicies.GROUP, "CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy"));

  /** The Calico CRDs this rendering uses, as a cluster prerequisite. */
  public static final Prerequisite CALICO_POLICIES =
      Prerequisite.crds(
          "calico",
          Prerequisite.kinds(CalicoPolicies.GROUP, "NetworkPolicy", "GlobalNetworkPolicy"));

  /** The lower-case name used in messages: {@code kubernetes}, {@code cilium}, {@code calico}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The cluster prerequisite that serves this engine's kinds; empty for plain NetworkPolicy, which
   * every cluster serves.
   */
  public Optional<Prerequisite> prerequisite() {
    return switch (this) {
      case KUBERNETES -> Optional.empty();
      case CILIUM -> Optional.of(CILIUM_POLICIES);
      case CALICO -> Optional.of(CALICO_POLICIES);
    };
  }
}
