package dev.stackwright.network;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link PolicyPlan} as networking.k8s.io/v1 NetworkPolicies: per namespace {@code
 * default-deny} and {@code allow-dns}, then one policy per pod set. In a shared namespace the pod
 * set's own policy denies what it does not allow and carries its DNS egress.
 */
final class KubernetesPolicies {
  private KubernetesPolicies() {}

  static List<HasMetadata> render(PolicyPlan plan, SynthContext context) {
    Connections owner = plan.owner();
    List<HasMetadata> out = new ArrayList<>();
    for (String ns : plan.wholeNamespaces()) {
      if (owner.defaultDeny()) {
        out.add(
            policy(owner, context, ns, "default-deny")
                .withNewSpec()
                .withPodSelector(new LabelSelector())
                .withPolicyTypes(
                    owner.restrictEgress() ? List.of("Ingress", "Egress") : List.of("Ingress"))
                .endSpec()
                .build());
      }
      if (owner.restrictEgress()) {
        out.add(
            policy(owner, context, ns, "allow-dns")
                .withSpec(
                    new NetworkPolicySpecBuilder()
                        .withPodSelector(new LabelSelector())
                        .withPolicyTypes("Egress")
                        .withEgress(dnsRule(owner))
                        .build())
                .build());
      }
    }
    for (PolicyPlan.PodPolicy p : plan.policies()) {
      boolean shared = owner.sharedNamespaces().contains(p.namespace());
      List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
      for (PolicyPlan.Rule r : p.ingress()) {
        NetworkPolicyPeer peer = peer(r.peer(), p.namespace());
        ingress.add(
            new NetworkPolicyIngressRuleBuilder()
                .withFrom(peer == null ? List.of() : List.of(peer))
                .withPorts(ports(r))
                .build());
      }
      List<NetworkPolicyEgressRule> egress = new ArrayList<>();
      if (shared && owner.restrictEgress()) {
        egress.add(dnsRule(owner));
      }
      for (PolicyPlan.Rule r : p.egress()) {
        NetworkPolicyPeer peer = peer(r.peer(), p.namespace());
        egress.add(
            new NetworkPolicyEgressRuleBuilder()
                .withTo(peer == null ? List.of() : List.of(peer))
                .withPorts(ports(r))
                .build());
      }
      NetworkPolicySpecBuilder spec =
          new NetworkPolicySpecBuilder().withPodSelector(matchLabels(p.selector()));
      List<String> types = new ArrayList<>();
      if (!ingress.isEmpty() || (shared && owner.defaultDeny())) {
        types.add("Ingress");
        spec.withIngress(ingress);
      }
      if (!egress.isEmpty()) {
        types.add("Egress");
        spec.withEgress(egress);
      }
      out.add(
          policy(owner, context, p.namespace(), p.name())
              .withSpec(spec.withPolicyTypes(types).build())
              .build());
    }
    return out;
  }

  private static List<NetworkPolicyPort> ports(PolicyPlan.Rule r) {
    return r.port() == null ? List.of() : List.of(r.port());
  }

  /**
   * The peer {@code target} as seen from a policy in namespace {@code policyNamespace}; null for
   * anywhere, which a rule states by naming no peer.
   */
  private static NetworkPolicyPeer peer(PolicyPlan.Target target, String policyNamespace) {
    NetworkPolicyPeerBuilder b = new NetworkPolicyPeerBuilder();
    if (target.selector() != null) {
      b.withPodSelector(matchLabels(target.selector()));
      if (!target.namespace().equals(policyNamespace)) {
        b.withNamespaceSelector(namespaceSelector(target.namespace()));
      }
    } else if (target.namespace() != null) {
      b.withNamespaceSelector(namespaceSelector(target.namespace()));
    } else if (target.anywhere()) {
      return null;
    } else {
      Cidr cidr = target.cidr();
      b.withNewIpBlock().withCidr(cidr.cidr()).withExcept(cidr.excepts()).endIpBlock();
    }
    return b.build();
  }

  private static LabelSelector matchLabels(Map<String, String> labels) {
    return labels.isEmpty()
        ? new LabelSelector()
        : new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(labels)).build();
  }

  private static LabelSelector namespaceSelector(String namespace) {
    return matchLabels(Map.of(Connections.NAMESPACE_NAME_LABEL, namespace));
  }

  private static NetworkPolicyEgressRule dnsRule(Connections owner) {
    NetworkPolicyPeer dns =
        new NetworkPolicyPeerBuilder()
            .withNamespaceSelector(namespaceSelector(owner.dnsNamespace()))
            .withPodSelector(matchLabels(owner.dnsPodLabels()))
            .build();
    return new NetworkPolicyEgressRuleBuilder()
        .withTo(dns)
        .withPorts(
            new NetworkPolicyPort(null, new IntOrString(53), "UDP"),
            new NetworkPolicyPort(null, new IntOrString(53), "TCP"))
        .build();
  }

  private static NetworkPolicyBuilder policy(
      Connections owner, SynthContext context, String namespace, String name) {
    return new NetworkPolicyBuilder()
        .withMetadata(context.metadata(owner, name).withNamespace(namespace).build());
  }
}
