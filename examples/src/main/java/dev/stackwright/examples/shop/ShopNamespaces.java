package dev.stackwright.examples.shop;

import dev.stackwright.compute.NamespaceQuota;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.mesh.ServiceMesh;
import java.util.ArrayList;
import java.util.List;

/** The shop's namespaces, their Pod Security Admission levels and the application quota. */
final class ShopNamespaces {
  static final String SHOP = "shop";
  static final String MONITORING = "monitoring";
  static final String ROOK = "rook-ceph";
  static final String INGRESS = "ingress-nginx";
  static final String KUBE_SYSTEM = "kube-system";

  private ShopNamespaces() {}

  static List<Namespace> all(Environment env, ServiceMesh mesh) {
    List<Namespace> all =
        new ArrayList<>(
            List.of(
                // The application namespace joins the mesh and enforces the restricted profile.
                mesh.namespace(SHOP),
                Namespace.of(MONITORING),
                // Ceph's daemons need host access: a visible opt-out, reported as a warning.
                Namespace.builder().name(ROOK).podSecurity(PodSecurityLevel.PRIVILEGED).build(),
                // The snapshot controller runs here, and the CRD releases' delivery objects live
                // here.
                Namespace.existing(KUBE_SYSTEM)));
    if (!env.is("prod")) {
      // ingress-nginx's pods meet the restricted profile with the chart's defaults.
      all.add(Namespace.of(INGRESS));
    }
    return List.copyOf(all);
  }

  /** The opt-outs these namespaces make on purpose, acknowledged so strict synthesis passes. */
  static List<Acknowledgement> optOuts() {
    return List.of(
        Acknowledgement.of(
            Rules.POD_SECURITY_OPT_OUT,
            "namespace " + ROOK,
            "Ceph's daemons need host access (host networking and the nodes' disks)"));
  }

  static NamespaceQuota quota(Environment env) {
    boolean prod = env.is("prod");
    return NamespaceQuota.builder()
        .name("shop-quota")
        .namespace(SHOP)
        .requestsCpu(prod ? "40" : "8")
        .requestsMemory(prod ? "80Gi" : "16Gi")
        .limitsCpu(prod ? "80" : "16")
        .limitsMemory(prod ? "160Gi" : "32Gi")
        .pods(prod ? 200 : 50)
        .defaultRequest(Resources.of("100m", "128Mi"))
        .defaultLimit(Resources.of("500m", "512Mi"))
        .build();
  }
}
