package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.registry.Harbor;
import dev.stackwright.registry.HarborExposure;
import dev.stackwright.registry.HarborVolume;
import dev.stackwright.registry.ProxyCache;
import dev.stackwright.storage.PerReplicaClaim;
import java.util.List;

/**
 * The registry: Harbor in its own namespace, on the replicated block storage, exposed on its host
 * through the environment's router (ingress-nginx in dev, an Istio Gateway in prod), with a
 * proxy-cache project for Docker Hub. The project is also the stack's mirror of {@code docker.io}:
 * every Docker Hub image the shop runs (PostgreSQL, Redis, the collector, the snapshot job) is
 * pulled through {@code <host>/dockerhub}.
 */
final class ShopRegistry {
  static final String NAMESPACE = "registry";

  private final Harbor harbor;

  private ShopRegistry(Environment env, TargetCluster target, ShopStorage storage) {
    boolean prod = env.is("prod");
    String ingressClass =
        target.distribution() == Distribution.OPENSHIFT ? "openshift-default" : "nginx";
    this.harbor =
        Harbor.builder()
            .namespace(NAMESPACE)
            .host(
                target
                    .domain()
                    .map(d -> "harbor." + d)
                    .orElse(prod ? "harbor.example.com" : "harbor.dev.example.com"))
            .exposure(prod ? HarborExposure.gateway("istio") : HarborExposure.ingress(ingressClass))
            // Both Secrets come from the security team's repository (a cert-manager Certificate
            // and an ExternalSecret), so they are referenced, never written here.
            .tlsSecret(SecretRef.existing(prod ? "harbor-tls" : "harbor-dev-tls"))
            .adminPasswordSecret(SecretRef.existing("harbor-admin"))
            .putStorage(
                HarborVolume.REGISTRY,
                PerReplicaClaim.of("registry", prod ? "500Gi" : "50Gi", storage.blockClass()))
            .putStorage(
                HarborVolume.DATABASE, PerReplicaClaim.of("database", "10Gi", storage.blockClass()))
            .putStorage(
                HarborVolume.REDIS, PerReplicaClaim.of("redis", "2Gi", storage.blockClass()))
            .addProxyCache(ProxyCache.of("docker.io", "dockerhub"))
            .build();
  }

  static ShopRegistry in(Environment env, ShopStorage storage) {
    return in(env, ShopPlatform.target(env), storage);
  }

  /** The registry of {@code env} on {@code target}: under its domain, through its router. */
  static ShopRegistry in(Environment env, TargetCluster target, ShopStorage storage) {
    return new ShopRegistry(env, target, storage);
  }

  Harbor harbor() {
    return harbor;
  }

  /** The registry's namespace. */
  static Namespace namespace() {
    return Namespace.of(NAMESPACE);
  }

  /** Harbor, whose proxy cache is the stack's Docker Hub mirror. */
  List<Component> components() {
    return List.of(harbor);
  }
}
