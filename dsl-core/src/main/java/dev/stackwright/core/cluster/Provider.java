package dev.stackwright.core.cluster;

import java.util.List;

/**
 * A component that adds to the cluster what other objects need: API kinds (the CRDs an operator's
 * chart installs) and the ingress or gateway classes its controller serves. The synthesizer checks
 * every custom resource and every class against the providers of the stack and the target cluster's
 * prerequisites, and splits the output into apply stages at their boundaries: objects of a kind a
 * provider installs are applied only after the provider is ready.
 */
public interface Provider {

  /** The kinds this component installs, with its current settings. */
  List<ApiKind> installedKinds();

  /** The {@code IngressClass} names whose Ingresses this component's controller serves. */
  default List<String> servedIngressClasses() {
    return List.of();
  }

  /** The {@code GatewayClass} names whose Gateways this component's controller serves. */
  default List<String> servedGatewayClasses() {
    return List.of();
  }
}
