package dev.stackwright.core.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes distribution of a target cluster, and what it brings along before the stack is
 * applied. The output changes with it: OpenShift runs pods under its {@code restricted-v2} security
 * context constraint, which assigns user and group ids from the namespace's range, so fixed ids are
 * left out; k3s ships an ingress controller (Traefik), a storage class ({@code local-path}) and a
 * service load balancer, which a stack uses instead of installing its own.
 */
public enum Distribution {
  /** Upstream Kubernetes or a managed service (EKS, GKE, AKS...): nothing beyond the API. */
  KUBERNETES,

  /**
   * Red Hat OpenShift 4: the default router's ingress class, Routes, its security context
   * constraints, and the Prometheus operator's kinds of its (user workload) monitoring.
   */
  OPENSHIFT,

  /**
   * k3s: Traefik serving ingress class {@code traefik}, the {@code local-path} storage class, and
   * ServiceLB for Services of type LoadBalancer.
   */
  K3S;

  /** What every cluster of this distribution provides before anything is applied. */
  public List<Prerequisite> builtIns() {
    return switch (this) {
      case KUBERNETES -> List.of();
      case OPENSHIFT ->
          List.of(
              Prerequisite.ingressClass("openshift-default"),
              Prerequisite.crds(
                  "openshift",
                  concat(
                      Prerequisite.kinds("route.openshift.io", "Route"),
                      Prerequisite.kinds("security.openshift.io", "SecurityContextConstraints"),
                      Prerequisite.kinds(
                          "monitoring.coreos.com",
                          "ServiceMonitor",
                          "PodMonitor",
                          "PrometheusRule"))));
      case K3S ->
          List.of(Prerequisite.ingressClass("traefik"), Prerequisite.storageClass("local-path"));
    };
  }

  private static List<ApiKind> concat(List<ApiKind> a, List<ApiKind> b, List<ApiKind> c) {
    List<ApiKind> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return List.copyOf(all);
  }

  /** Whether pods must leave user and group ids to the platform (OpenShift's SCCs). */
  public boolean assignsUserIds() {
    return this == OPENSHIFT;
  }
}
