package dev.stackwright.examples.factory;

import dev.stackwright.compute.vm.KubeVirtOperators;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.network.PolicyEngine;

/**
 * The second reference platform, "factory": a production line's edge cluster. A sensor agent on
 * every node (a DaemonSet) sends measurements to an ingest service that buffers them on a local
 * claim and forwards them to the cloud; the legacy SCADA historian runs as a KubeVirt virtual
 * machine next to the containers; a schema migration runs as a Job; an alerting function on Knative
 * is triggered by alarm events through a broker and by a shift-report ping source. Cilium enforces
 * the declared connections, with egress to DNS names; Consul is the mesh. Each layer is a class of
 * its own. It synthesizes under {@code --strict}: every deliberate opt-out is acknowledged with its
 * reason.
 */
public final class FactoryPlatform {
  /** The development environment: the lab cluster, small. */
  public static final Environment DEV = Environment.of("dev");

  /** The production environment: the line's cluster. */
  public static final Environment PROD = Environment.of("prod");

  private FactoryPlatform() {}

  /**
   * The cluster each environment runs on: Kubernetes 1.33 with Flux, Cilium as the CNI (its policy
   * CRDs), and the KubeVirt and CDI operators, which the platform team installs per node pool. The
   * stack installs the rest: Knative's operator before Knative Serving and Eventing, and Consul's
   * control plane before its config entries.
   */
  public static TargetCluster target(Environment env) {
    return TargetCluster.builder()
        .kubernetesVersion("1.33")
        .provides(
            Prerequisite.FLUX,
            PolicyEngine.CILIUM_POLICIES,
            KubeVirtOperators.KUBEVIRT,
            KubeVirtOperators.CDI)
        .build();
  }

  /** The factory stack for {@code env}. */
  public static Stack stack(Environment env) {
    FactoryStorage storage = new FactoryStorage(env);
    FactoryCompute compute = new FactoryCompute(env, storage);
    FactoryNetwork network = new FactoryNetwork(compute);
    FactoryMesh mesh = new FactoryMesh();
    return Stack.builder()
        .name("factory")
        .environment(env)
        .version("0.3.0")
        .target(target(env))
        .defaultNamespace(FactoryNamespaces.FACTORY)
        .putLabel("example.com/team", "factory")
        .addAllNamespaces(FactoryNamespaces.all(mesh.mesh()))
        .addAllNamespaces(mesh.namespaces())
        .add(storage.components())
        .add(compute.components())
        .add(network.components())
        .add(mesh.components(compute))
        .addAllAcknowledgements(FactoryNamespaces.optOuts())
        .build();
  }
}
