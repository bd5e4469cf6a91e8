package dev.stackwright.examples.factory;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.mesh.ServiceMesh;
import java.util.List;

/** The factory's namespaces and their Pod Security Admission levels. */
final class FactoryNamespaces {
  static final String FACTORY = "factory";
  static final String FUNCTIONS = "functions";
  static final String VMS = "vms";
  static final String KUBE_SYSTEM = "kube-system";

  private FactoryNamespaces() {}

  static List<Namespace> all(ServiceMesh mesh) {
    return List.of(
        // The line's own services join the mesh and enforce the restricted profile.
        mesh.namespace(FACTORY),
        // Knative serves the event functions here; restricted, outside the mesh.
        Namespace.of(FUNCTIONS),
        // KubeVirt's virt-launcher pods cannot meet restricted: a visible opt-out.
        Namespace.builder().name(VMS).podSecurity(PodSecurityLevel.BASELINE).build(),
        Namespace.of("knative-operator"),
        Namespace.of("knative-serving"),
        Namespace.of("knative-eventing"),
        // The cluster's own: KubeVirt resource lives where its operator does.
        Namespace.existing("kubevirt"));
  }

  /** The opt-outs these namespaces make on purpose, acknowledged so strict synthesis passes. */
  static List<Acknowledgement> optOuts() {
    return List.of(
        Acknowledgement.of(
            Rules.POD_SECURITY_OPT_OUT,
            "namespace " + VMS,
            "KubeVirt's virt-launcher pods need baseline (NET_BIND_SERVICE, a writable root"
                + " filesystem for the guest)"));
  }
}
