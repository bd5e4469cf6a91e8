package dev.stackwright.network;

/** Which Kubernetes API an {@link HttpRoutes} description is rendered for. */
public enum RoutingTarget {
  /** A networking.k8s.io/v1 Ingress, served by the cluster's ingress controller. */
  INGRESS,
  /** A gateway.networking.k8s.io/v1 Gateway (unless an existing one is used) and HTTPRoutes. */
  GATEWAY_API
}
