package dev.stackwright.mesh;

import java.util.Locale;

/** The service mesh implementation every mesh component renders for. */
public enum MeshProvider {
  /** Istio: sidecars configured by istiod, networking.istio.io and security.istio.io objects. */
  ISTIO,
  /** Linkerd: mTLS by default, policy.linkerd.io objects and Gateway API routes. */
  LINKERD,
  /**
   * Consul: consul-dataplane sidecars injected by consul-k8s, consul.hashicorp.com config entries
   * (intentions, service defaults, routers and splitters).
   */
  CONSUL;

  /** The lower-case name used in messages, e.g. {@code linkerd}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
