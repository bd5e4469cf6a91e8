package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.contract.TracingEndpoint;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.mesh.AllowRule;
import dev.stackwright.mesh.ControlPlane;
import dev.stackwright.mesh.MeshAuthorization;
import dev.stackwright.mesh.MeshMembership;
import dev.stackwright.mesh.MeshRoute;
import dev.stackwright.mesh.MutualTls;
import dev.stackwright.mesh.Retry;
import dev.stackwright.mesh.ServiceMesh;
import java.util.ArrayList;
import java.util.List;

/**
 * The service mesh, one definition for both meshes: Istio in prod, Linkerd in dev. Strict mTLS in
 * the shop namespace, 90/10 canary of the API with a timeout and retries, and authorization by
 * workload identity: only the web front end may call the API, only the apps may reach the data.
 */
final class ShopMesh {
  private final ServiceMesh mesh;

  ShopMesh(Environment env, TracingEndpoint collector) {
    ControlPlane plane =
        ControlPlane.builder()
            .accessLogs(true)
            .tracingSamplingPercent(env.is("prod") ? 1.0 : 100.0)
            .tracingEndpoint(collector)
            .build();
    this.mesh =
        env.is("prod")
            ? ServiceMesh.istio().install(plane)
            : ServiceMesh.linkerd().install(ControlPlane.defaults());
  }

  ServiceMesh mesh() {
    return mesh;
  }

  /**
   * The control plane's namespaces. Their CNI node agents need host access, a visible opt-out of
   * the restricted profile that synthesis reports as a warning.
   */
  List<Namespace> namespaces() {
    return mesh.isIstio()
        ? List.of(privileged("istio-system"))
        : List.of(
            Namespace.builder().name("linkerd").podSecurity(PodSecurityLevel.BASELINE).build(),
            privileged("linkerd-cni"));
  }

  private static Namespace privileged(String name) {
    return Namespace.builder().name(name).podSecurity(PodSecurityLevel.PRIVILEGED).build();
  }

  /** The mesh's deliberate opt-outs of the restricted profile, with the reason for each. */
  List<Acknowledgement> optOuts() {
    String cni =
        "the mesh's CNI node agent installs its plugin on every node and needs host access";
    return mesh.isIstio()
        ? List.of(optOut("istio-system", cni))
        : List.of(
            optOut(
                "linkerd",
                "the control plane comes from Linkerd's upstream chart; the platform team runs it"
                    + " at baseline until its pods are reviewed for restricted"),
            optOut("linkerd-cni", cni));
  }

  private static Acknowledgement optOut(String namespace, String reason) {
    return Acknowledgement.of(Rules.POD_SECURITY_OPT_OUT, "namespace " + namespace, reason);
  }

  List<Component> components(ShopCompute compute, ShopNetwork network) {
    List<Component> all = new ArrayList<>(mesh.components());
    all.add(MeshMembership.of(mesh, ShopNamespaces.SHOP));
    all.add(MutualTls.strict(mesh, ShopNamespaces.SHOP));
    all.add(
        MeshRoute.canary(mesh, "api", network.api, network.apiCanary, 10)
            .withTimeout("5s")
            .withRetry(Retry.of(2, "1s")));
    all.add(
        MeshAuthorization.allow(
            mesh, compute.api, AllowRule.from(compute.web).forMethods("GET", "POST")));
    all.add(
        MeshAuthorization.allow(
            mesh, compute.apiCanary, AllowRule.from(compute.web).forMethods("GET", "POST")));
    all.add(
        MeshAuthorization.allow(
            mesh,
            compute.postgres,
            AllowRule.from(compute.api, compute.apiCanary, compute.worker, compute.report)));
    all.add(
        MeshAuthorization.allow(
            mesh, compute.redis, AllowRule.from(compute.api, compute.apiCanary, compute.worker)));
    return all;
  }
}
