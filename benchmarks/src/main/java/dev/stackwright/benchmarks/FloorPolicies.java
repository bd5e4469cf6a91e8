package dev.stackwright.benchmarks;

import static dev.stackwright.benchmarks.FloorObjects.NAME_LABEL;
import static dev.stackwright.benchmarks.FloorObjects.meta;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The floor's NetworkPolicies, built with fabric8's builders: the namespace's default-deny and DNS
 * egress policies, and per service one policy letting its caller in and letting it reach its
 * callee.
 */
final class FloorPolicies {
  private FloorPolicies() {}

  static NetworkPolicy allowDns() {
    return new NetworkPolicyBuilder()
        .withMetadata(meta("allow-dns", ReferenceWorkload.STACK))
        .withNewSpec()
        .withPodSelector(new LabelSelector())
        .withPolicyTypes("Egress")
        .addNewEgress()
        .addNewTo()
        .withNamespaceSelector(selector("kubernetes.io/metadata.name", "kube-system"))
        .withPodSelector(selector("k8s-app", "kube-dns"))
        .endTo()
        .withPorts(
            new NetworkPolicyPort(null, new IntOrString(53), "UDP"),
            new NetworkPolicyPort(null, new IntOrString(53), "TCP"))
        .endEgress()
        .endSpec()
        .build();
  }

  static NetworkPolicy defaultDeny() {
    return new NetworkPolicyBuilder()
        .withMetadata(meta("default-deny", ReferenceWorkload.STACK))
        .withNewSpec()
        .withPodSelector(new LabelSelector())
        .withPolicyTypes("Ingress", "Egress")
        .endSpec()
        .build();
  }

  static NetworkPolicy service(int i, int n) {
    String name = ReferenceWorkload.service(i);
    return new NetworkPolicyBuilder()
        .withMetadata(meta(name, ReferenceWorkload.STACK))
        .withNewSpec()
        .withPodSelector(selector(NAME_LABEL, name))
        .addNewIngress()
        .addNewFrom()
        .withPodSelector(
            selector(NAME_LABEL, ReferenceWorkload.service(ReferenceWorkload.caller(i, n))))
        .endFrom()
        .addToPorts(port())
        .endIngress()
        .addNewEgress()
        .addNewTo()
        .withPodSelector(
            selector(NAME_LABEL, ReferenceWorkload.service(ReferenceWorkload.callee(i, n))))
        .endTo()
        .addToPorts(port())
        .endEgress()
        .withPolicyTypes("Ingress", "Egress")
        .endSpec()
        .build();
  }

  private static NetworkPolicyPort port() {
    return new NetworkPolicyPort(null, new IntOrString(ReferenceWorkload.CONTAINER_PORT), "TCP");
  }

  private static LabelSelector selector(String key, String value) {
    return new LabelSelectorBuilder().addToMatchLabels(key, value).build();
  }
}
