package dev.stackwright.network;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The NetworkPolicies a {@link Connections} stands for, derived in one pass over its connections:
 * per receiving workload an ingress rule, per sending workload an egress rule, plus default-deny
 * and DNS egress per namespace. Reports every connection it cannot resolve.
 */
final class PolicyPlan {
  private final Connections owner;
  private final Set<String> namespaces = new TreeSet<>();
  private final Map<ComponentId, PodPolicy> policies = new LinkedHashMap<>();

  /** The rules of the one policy that selects a workload's pods. */
  private record PodPolicy(
      PodSet pods,
      String namespace,
      List<NetworkPolicyIngressRule> ingress,
      List<NetworkPolicyEgressRule> egress) {}

  /** A resolved end of a connection: the pods it stands for (if any) and its namespace. */
  record End(Peer peer, PodSet pods, String namespace) {}

  private PolicyPlan(Connections owner) {
    this.owner = owner;
  }

  /** The plan of {@code c}, reporting unresolvable connections to {@code checks}. */
  static PolicyPlan build(Connections c, SynthContext context, Checks checks) {
    PolicyPlan plan = new PolicyPlan(c);
    for (int i = 0; i < c.connections().size(); i++) {
      plan.add(c.connections().get(i), context, checks.in("connections[" + i + "]"));
    }
    return plan;
  }

  /** The namespaces whose pods take part in the connections. */
  Set<String> namespaces() {
    return namespaces;
  }

  private void add(Connection connection, SynthContext context, Checks at) {
    End from = end(connection.from(), context, at, "from");
    End to = end(connection.to(), context, at, "to");
    if (from == null || to == null) {
      return;
    }
    if (from.pods() == null && to.pods() == null) {
      at.error(
          NetworkRules.CONNECTION_WITHOUT_PODS,
          "",
          "connection from %s to %s has no workload of the stack on either end; a network policy"
              + " selects pods",
          from.peer().describe(),
          to.peer().describe());
      return;
    }
    Optional<NetworkPolicyPort> port = PolicyPorts.resolve(connection, to, context, at);
    if (port == null) {
      return;
    }
    List<NetworkPolicyPort> ports = port.map(List::of).orElse(List.of());
    if (to.pods() != null) {
      policy(to, context)
          .ingress()
          .add(
              new NetworkPolicyIngressRuleBuilder()
                  .withFrom(peer(from, to.namespace()))
                  .withPorts(ports)
                  .build());
    }
    if (from.pods() != null && owner.restrictEgress()) {
      policy(from, context)
          .egress()
          .add(
              new NetworkPolicyEgressRuleBuilder()
                  .withTo(peer(to, from.namespace()))
                  .withPorts(ports)
                  .build());
    }
  }

  private PodPolicy policy(End end, SynthContext context) {
    namespaces.add(end.namespace());
    return policies.computeIfAbsent(
        context.idOf(end.pods()),
        id -> new PodPolicy(end.pods(), end.namespace(), new ArrayList<>(), new ArrayList<>()));
  }

  /** Resolves and checks one end; null when it cannot be used. */
  private End end(Peer peer, SynthContext context, Checks at, String field) {
    if (peer.alternatives() != 1) {
      at.error(
          NetworkRules.CONNECTION_WITHOUT_PODS,
          field,
          "a peer is exactly one of pods, a service, a namespace or a CIDR; use the Peer factories");
      return null;
    }
    if (peer.pods().isPresent()) {
      PodSet pods = peer.pods().get();
      if (!context.contains(pods)) {
        at.error(
            NetworkRules.UNKNOWN_COMPONENT,
            field,
            "names %s, which is not part of the stack; add it to the stack",
            context.idOf(pods));
        return null;
      }
      namespaces.add(context.namespaceOf(pods));
      return new End(peer, pods, context.namespaceOf(pods));
    }
    if (peer.service().isPresent()) {
      Optional<Service> service =
          context
              .find(context.idOf(peer.service().get()))
              .filter(Service.class::isInstance)
              .map(Service.class::cast);
      if (service.isEmpty()) {
        at.error(
            NetworkRules.UNKNOWN_COMPONENT,
            field,
            "names %s, which is not part of the stack; add it to the stack",
            context.idOf(peer.service().get()));
        return null;
      }
      Optional<PodSet> pods = service.get().target().filter(context::contains);
      if (pods.isEmpty()) {
        at.error(
            NetworkRules.CONNECTION_WITHOUT_PODS,
            field,
            "service %s has no workload of the stack behind it; connect to its workload instead",
            service.get().name());
        return null;
      }
      namespaces.add(context.namespaceOf(pods.get()));
      return new End(Peer.service(service.get()), pods.get(), context.namespaceOf(pods.get()));
    }
    if (peer.namespaceName().isPresent()) {
      return at.label(field + ".namespace", peer.namespaceName().get())
          ? new End(peer, null, peer.namespaceName().get())
          : null;
    }
    Cidr cidr = peer.cidr().orElseThrow();
    return cidr.validate(at, field + ".cidr") ? new End(peer, null, "") : null;
  }

  /** The peer {@code end} as seen from a policy in namespace {@code policyNamespace}. */
  private static NetworkPolicyPeer peer(End end, String policyNamespace) {
    NetworkPolicyPeerBuilder b = new NetworkPolicyPeerBuilder();
    if (end.pods() != null) {
      b.withPodSelector(matchLabels(end.pods().selectorLabels()));
      if (!end.namespace().equals(policyNamespace)) {
        b.withNamespaceSelector(namespaceSelector(end.namespace()));
      }
    } else if (end.peer().namespaceName().isPresent()) {
      b.withNamespaceSelector(namespaceSelector(end.namespace()));
    } else {
      Cidr cidr = end.peer().cidr().orElseThrow();
      b.withNewIpBlock().withCidr(cidr.cidr()).withExcept(cidr.excepts()).endIpBlock();
    }
    return b.build();
  }

  private static LabelSelector matchLabels(Map<String, String> labels) {
    return new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(labels)).build();
  }

  private static LabelSelector namespaceSelector(String namespace) {
    return matchLabels(Map.of(Connections.NAMESPACE_NAME_LABEL, namespace));
  }

  /** The policies: per namespace default-deny and DNS egress, then one per workload. */
  List<HasMetadata> render(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    for (String ns : namespaces) {
      if (owner.defaultDeny()) {
        out.add(
            policy(context, ns, "default-deny")
                .withNewSpec()
                .withPodSelector(new LabelSelector())
                .withPolicyTypes(
                    owner.restrictEgress() ? List.of("Ingress", "Egress") : List.of("Ingress"))
                .endSpec()
                .build());
      }
      if (owner.restrictEgress()) {
        out.add(policy(context, ns, "allow-dns").withSpec(dnsSpec().build()).build());
      }
    }
    for (PodPolicy p : policies.values()) {
      NetworkPolicySpecBuilder spec =
          new NetworkPolicySpecBuilder().withPodSelector(matchLabels(p.pods().selectorLabels()));
      List<String> types = new ArrayList<>();
      if (!p.ingress().isEmpty()) {
        types.add("Ingress");
        spec.withIngress(p.ingress());
      }
      if (!p.egress().isEmpty()) {
        types.add("Egress");
        spec.withEgress(p.egress());
      }
      out.add(
          policy(context, p.namespace(), p.pods().name())
              .withSpec(spec.withPolicyTypes(types).build())
              .build());
    }
    return out;
  }

  private NetworkPolicySpecBuilder dnsSpec() {
    NetworkPolicyPeer dns =
        new NetworkPolicyPeerBuilder()
            .withNamespaceSelector(namespaceSelector(owner.dnsNamespace()))
            .withPodSelector(matchLabels(owner.dnsPodLabels()))
            .build();
    return new NetworkPolicySpecBuilder()
        .withPodSelector(new LabelSelector())
        .withPolicyTypes("Egress")
        .addNewEgress()
        .withTo(dns)
        .withPorts(
            new NetworkPolicyPort(null, new IntOrString(53), "UDP"),
            new NetworkPolicyPort(null, new IntOrString(53), "TCP"))
        .endEgress();
  }

  private NetworkPolicyBuilder policy(SynthContext context, String namespace, String name) {
    return new NetworkPolicyBuilder()
        .withMetadata(context.metadata(owner, name).withNamespace(namespace).build());
  }
}
