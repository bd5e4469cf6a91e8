package dev.stackwright.examples.shop;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;

/**
 * The reference platform "shop": a web front end, an API with a canary, a background worker and a
 * nightly job on PostgreSQL and Redis; replicated Ceph storage with scheduled snapshots; Gateway
 * API (prod) or Ingress (dev) routing with TLS; network policies from declared connections; Istio
 * (prod) or Linkerd (dev) with mTLS, a 90/10 canary and service-to-service authorization; metrics,
 * alerts, dashboards and tracing; database credentials from Vault through External Secrets and
 * cert-manager certificates for its routes. Each layer is a class of its own, as in a real
 * definition. It synthesizes under {@code --strict}: every deliberate opt-out is acknowledged with
 * its reason.
 */
public final class ShopPlatform {
  /** The development environment: small, Linkerd, Ingress. */
  public static final Environment DEV = Environment.of("dev");

  /** The production environment: scaled out, Istio, Gateway API. */
  public static final Environment PROD = Environment.of("prod");

  private ShopPlatform() {}

  /**
   * The cluster each environment runs on: Kubernetes 1.32 with Flux, which applies the stages.
   * Nothing else: the stack installs the rest, each release applied in a stage before the resources
   * that need it: the CSI snapshot CRDs and controller, the Gateway API standard CRDs (prod; istiod
   * serves the {@code istio} gateway class), ingress-nginx serving class {@code nginx} (dev), and
   * Rook's, Istio's or Linkerd's, the Prometheus operator's, External Secrets' and cert-manager's
   * CRDs.
   */
  public static TargetCluster target(Environment env) {
    return TargetCluster.builder().kubernetesVersion("1.32").provides(Prerequisite.FLUX).build();
  }

  /** The shop stack for {@code env}. */
  public static Stack stack(Environment env) {
    ShopStorage storage = new ShopStorage(env);
    ShopObservability observability = ShopObservability.in(env, storage);
    ShopCompute compute = new ShopCompute(env, storage);
    ShopNetwork network = new ShopNetwork(env, compute);
    ShopMesh mesh = new ShopMesh(env, observability.collector());
    ShopSecurity security = new ShopSecurity(env, network);
    ShopPolicies policies = new ShopPolicies(env);
    return Stack.builder()
        .name("shop")
        .environment(env)
        .version("1.4.0")
        .target(target(env))
        .defaultNamespace(ShopNamespaces.SHOP)
        .putLabel("example.com/team", "shop")
        .addAllNamespaces(ShopNamespaces.all(env, mesh.mesh()))
        .addAllNamespaces(mesh.namespaces())
        .addNamespace(observability.loggingNamespace())
        .addAllNamespaces(policies.namespaces())
        .add(ShopNamespaces.quota(env))
        .add(storage.components(compute.postgres))
        .add(compute.components())
        .add(network.components())
        .add(mesh.components(compute, network))
        .add(observability.components(compute))
        .addAllNamespaces(security.namespaces())
        .add(security.components())
        .addNamespace(ShopRegistry.namespace())
        .add(ShopRegistry.in(env, storage).components())
        .add(policies.components())
        .addAllAcknowledgements(ShopNamespaces.optOuts())
        .addAllAcknowledgements(mesh.optOuts())
        .addAllAcknowledgements(observability.optOuts())
        .build();
  }
}
