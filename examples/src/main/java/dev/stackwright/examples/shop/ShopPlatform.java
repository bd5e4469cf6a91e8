package dev.stackwright.examples.shop;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.validate.Acknowledgement;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The label naming the region of the cluster on its shop namespace, set when the profile states
   * one. Only there: a label on every object would make every object of the fleet's chart a
   * template per cluster, where now the clusters share them and differ in their values files.
   */
  public static final String REGION_LABEL = "topology.kubernetes.io/region";

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

  /**
   * The shop's namespaces on {@code target}: the shop namespace labelled with the cluster's region,
   * and no ingress-nginx namespace where OpenShift's router serves the routes.
   */
  private static List<Namespace> namespaces(Environment env, TargetCluster target, ShopMesh mesh) {
    List<Namespace> out = new ArrayList<>();
    for (Namespace ns : ShopNamespaces.all(env, mesh.mesh())) {
      if (ns.name().equals(ShopNamespaces.INGRESS)
          && target.distribution() == Distribution.OPENSHIFT) {
        continue;
      }
      if (ns.name().equals(ShopNamespaces.SHOP) && target.region().isPresent()) {
        ns = Namespace.builder().from(ns).putLabel(REGION_LABEL, target.region().get()).build();
      }
      out.add(ns);
    }
    return out;
  }

  /** The shop stack for {@code env} on its cluster, {@link #target(Environment)}. */
  public static Stack stack(Environment env) {
    return stack(env, target(env));
  }

  /**
   * The shop stack for {@code env} on {@code target}, the definition a {@link ShopFleet} builds
   * once per cluster: routes under the cluster's domain, its region on the shop namespace, on
   * OpenShift its router instead of ingress-nginx (and the ids it assigns acknowledged), and on a
   * k3s cluster the small edge subset of {@link ShopEdge}.
   */
  public static Stack stack(Environment env, TargetCluster target) {
    if (target.distribution() == Distribution.K3S) {
      return ShopEdge.stack(env, target);
    }
    ShopStorage storage = new ShopStorage(env);
    ShopObservability observability = ShopObservability.in(env, storage);
    ShopCompute compute = new ShopCompute(env, storage);
    ShopNetwork network = new ShopNetwork(env, target, compute);
    ShopMesh mesh = new ShopMesh(env, observability.collector());
    ShopSecurity security = new ShopSecurity(env, network);
    ShopPolicies policies = new ShopPolicies(env);
    Stack.Builder stack =
        Stack.builder()
            .name("shop")
            .environment(env)
            .version("1.4.0")
            .target(target)
            .defaultNamespace(ShopNamespaces.SHOP)
            .putLabel("example.com/team", "shop")
            .addAllNamespaces(namespaces(env, target, mesh))
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
            .add(ShopRegistry.in(env, target, storage).components())
            .add(policies.components())
            .addAllAcknowledgements(ShopNamespaces.optOuts())
            .addAllAcknowledgements(mesh.optOuts())
            .addAllAcknowledgements(observability.optOuts());
    if (target.distribution().assignsUserIds()) {
      stack.addAcknowledgements(
          Acknowledgement.of(
              ClusterRules.PLATFORM_ASSIGNED_ID,
              "",
              "OpenShift's restricted-v2 constraint assigns user and group ids from the"
                  + " namespace's range; PostgreSQL and Redis run under any id"));
    }
    return stack.build();
  }
}
