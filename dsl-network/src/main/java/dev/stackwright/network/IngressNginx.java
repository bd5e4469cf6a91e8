package dev.stackwright.network;

import dev.stackwright.core.release.ChartRelease;
import java.util.Map;

/**
 * The ingress-nginx controller as a release of its chart ({@code ingress-nginx} {@value #VERSION}
 * from {@value #REPOSITORY}), serving one ingress class, so Ingresses of that class are served by
 * the stack itself.
 *
 * <p>Its pods meet the restricted Pod Security level with the chart's defaults (non-root user 101,
 * no privilege escalation, all capabilities dropped but {@code NET_BIND_SERVICE}, which the
 * restricted profile allows, RuntimeDefault seccomp; the admission webhook's jobs likewise), so its
 * namespace can enforce restricted. What it does not meet of Stackwright's own defaults: the
 * controller's root filesystem stays writable (nginx writes its configuration and temporary files;
 * the chart's {@code controller.image.readOnlyRootFilesystem} is false), and its service-account
 * token is mounted (the controller watches the API).
 *
 * <pre>{@code
 * IngressNginx.release("ingress-nginx", "nginx", 2)
 * }</pre>
 */
public final class IngressNginx {
  /** The pinned chart version (controller v1.15.1). */
  public static final String VERSION = "4.15.1";

  /** The chart repository. */
  public static final String REPOSITORY = "https://kubernetes.github.io/ingress-nginx";

  private IngressNginx() {}

  /**
   * Release {@code ingress-nginx} into {@code namespace}, serving ingress class {@code className}
   * (the chart creates the IngressClass, not as the cluster default) with {@code replicas}
   * controller pods.
   */
  public static ChartRelease release(String namespace, String className, int replicas) {
    return ChartRelease.builder()
        .name("ingress-nginx")
        .namespace(namespace)
        .chart("ingress-nginx")
        .repository(REPOSITORY)
        .version(VERSION)
        .putValue(
            "controller",
            Map.of(
                "ingressClass",
                className,
                "ingressClassResource",
                Map.of("name", className, "enabled", true, "default", false),
                "replicaCount",
                replicas))
        .addServedIngressClass(className)
        .build();
  }
}
