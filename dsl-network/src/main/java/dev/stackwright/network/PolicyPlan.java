package dev.stackwright.network;

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
 * The NetworkPolicies a {@link Connections} stands for, derived in one pass over its connections
 * and the needs of the stack's components ({@link NeededConnections}): per receiving pod set an
 * ingress rule, per sending pod set an egress rule, plus default-deny and DNS egress per namespace
 * (or, in a shared namespace, per pod set). Reports every connection it cannot resolve.
 */
final class PolicyPlan {
  private final Connections owner;
  private final Set<String> namespaces = new TreeSet<>();
  private final Map<String, PodPolicy> policies = new LinkedHashMap<>();

  /** The rules of the one policy that selects a pod set's (or a selection's) pods. */
  private record PodPolicy(
      String name,
      String namespace,
      Map<String, String> selector,
      List<NetworkPolicyIngressRule> ingress,
      List<NetworkPolicyEgressRule> egress) {}

  /**
   * A resolved end of a connection: the peer, the pod set it stands for (if any), the labels that
   * select its pods (null when it stands for no pods: a namespace, an address range), the name of
   * their policy, and its namespace.
   */
  record End(
      Peer peer, PodSet pods, Map<String, String> selector, String policyName, String namespace) {}

  /** A connection whose ends resolved, with where to report about it. */
  private record Resolved(Connection connection, End from, End to, Checks at) {}

  private PolicyPlan(Connections owner) {
    this.owner = owner;
  }

  /** The plan of {@code c}, reporting unresolvable connections to {@code checks}. */
  static PolicyPlan build(Connections c, SynthContext context, Checks checks) {
    PolicyPlan plan = new PolicyPlan(c);
    plan.namespaces.addAll(c.namespaces());
    plan.namespaces.addAll(c.sharedNamespaces());
    List<Resolved> resolved = new ArrayList<>();
    for (int i = 0; i < c.connections().size(); i++) {
      plan.resolve(
          c.connections().get(i), context, checks.in("connections[" + i + "]"), true, resolved);
    }
    // Needs of other components do not choose the namespaces under policy: a flow counts only on
    // the side of pods in a namespace these connections already manage.
    boolean reports = c.equals(NeededConnections.reporter(context));
    for (NeededConnections.Needed n : NeededConnections.of(context).all()) {
      Checks at = reports ? checks.in(n.path()) : Checks.root(n.path());
      plan.resolve(n.connection(), context, at, false, resolved);
    }
    for (Resolved r : resolved) {
      plan.add(r, context);
    }
    return plan;
  }

  /** The namespaces whose pods these connections put under policy. */
  Set<String> namespaces() {
    return namespaces;
  }

  private void resolve(
      Connection connection,
      SynthContext context,
      Checks at,
      boolean declared,
      List<Resolved> resolved) {
    if (connection.to().isApiServer() && connection.port().isEmpty()) {
      connection =
          Connection.builder()
              .from(connection.from())
              .to(connection.to())
              .protocol(connection.protocol())
              .port(String.valueOf(owner.apiServerPort()))
              .build();
    }
    End from = end(connection.from(), context, at, "from");
    End to = end(connection.to(), context, at, "to");
    if (from == null || to == null) {
      return;
    }
    if (declared) {
      if (from.selector() == null && to.selector() == null) {
        at.error(
            NetworkRules.CONNECTION_WITHOUT_PODS,
            "",
            "connection from %s to %s has no workload of the stack on either end; a network"
                + " policy selects pods",
            from.peer().describe(),
            to.peer().describe());
        return;
      }
      for (End e : List.of(from, to)) {
        if (e.pods() != null) {
          namespaces.add(e.namespace());
        }
      }
    }
    resolved.add(new Resolved(connection, from, to, at));
  }

  private void add(Resolved r, SynthContext context) {
    End from = r.from();
    End to = r.to();
    boolean toLocal = local(to);
    boolean fromLocal = local(from) && owner.restrictEgress();
    if (!toLocal && !fromLocal) {
      return;
    }
    Optional<NetworkPolicyPort> port = PolicyPorts.resolve(r.connection(), to, context, r.at());
    if (port == null) {
      return;
    }
    List<NetworkPolicyPort> ports = port.map(List::of).orElse(List.of());
    if (toLocal) {
      NetworkPolicyPeer peer = peer(from, to.namespace());
      NetworkPolicyIngressRule rule =
          new NetworkPolicyIngressRuleBuilder()
              .withFrom(peer == null ? List.of() : List.of(peer))
              .withPorts(ports)
              .build();
      addOnce(policy(to).ingress(), rule);
    }
    if (fromLocal) {
      NetworkPolicyPeer peer = peer(to, from.namespace());
      NetworkPolicyEgressRule rule =
          new NetworkPolicyEgressRuleBuilder()
              .withTo(peer == null ? List.of() : List.of(peer))
              .withPorts(ports)
              .build();
      addOnce(policy(from).egress(), rule);
    }
  }

  /** Whether {@code end} stands for pods in a namespace under these connections. */
  private boolean local(End end) {
    return end.selector() != null && namespaces.contains(end.namespace());
  }

  private static <T> void addOnce(List<T> rules, T rule) {
    if (!rules.contains(rule)) {
      rules.add(rule);
    }
  }

  private PodPolicy policy(End end) {
    return policies.computeIfAbsent(
        end.namespace() + '/' + end.policyName(),
        key ->
            new PodPolicy(
                end.policyName(),
                end.namespace(),
                end.selector(),
                new ArrayList<>(),
                new ArrayList<>()));
  }

  /** Resolves and checks one end; null when it cannot be used. */
  private End end(Peer peer, SynthContext context, Checks at, String field) {
    if (peer.alternatives() != 1) {
      at.error(
          NetworkRules.CONNECTION_WITHOUT_PODS,
          field,
          "a peer is exactly one of pods, a service, a selection, a namespace, a CIDR, the API"
              + " server or anywhere; use the Peer factories");
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
      return podsEnd(peer, pods, context);
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
      return podsEnd(Peer.service(service.get()), pods.get(), context);
    }
    if (peer.selectionName().isPresent()) {
      String ns = peer.namespaceName().orElse("");
      // Each check runs, so every mistake of the peer is reported at once.
      boolean name = at.label(field + ".name", peer.selectionName().get());
      boolean namespace = at.label(field + ".namespace", ns);
      boolean labels = at.labels(field + ".podLabels", peer.podLabels());
      return name && namespace && labels
          ? new End(peer, null, peer.podLabels(), peer.selectionName().get(), ns)
          : null;
    }
    if (peer.namespaceName().isPresent()) {
      return at.label(field + ".namespace", peer.namespaceName().get())
          ? new End(peer, null, null, "", peer.namespaceName().get())
          : null;
    }
    if (peer.isApiServer()) {
      if (owner.apiServer().isEmpty()) {
        at.error(
            NetworkRules.UNKNOWN_API_SERVER,
            field,
            "needs the cluster's API server, whose address connections %s do not state; state it"
                + " with Connections.builder().apiServer(Cidr.of(\"10.0.0.1/32\"))",
            owner.name());
        return null;
      }
      return new End(Peer.cidr(owner.apiServer().get()), null, null, "", "");
    }
    if (peer.isAnywhere()) {
      return new End(peer, null, null, "", "");
    }
    Cidr cidr = peer.cidr().orElseThrow();
    return cidr.validate(at, field + ".cidr") ? new End(peer, null, null, "", "") : null;
  }

  private static End podsEnd(Peer peer, PodSet pods, SynthContext context) {
    return new End(peer, pods, pods.selectorLabels(), pods.name(), context.namespaceOf(pods));
  }

  /**
   * The peer {@code end} as seen from a policy in namespace {@code policyNamespace}; null for
   * anywhere, which a rule states by naming no peer.
   */
  private static NetworkPolicyPeer peer(End end, String policyNamespace) {
    NetworkPolicyPeerBuilder b = new NetworkPolicyPeerBuilder();
    if (end.selector() != null) {
      b.withPodSelector(matchLabels(end.selector()));
      if (!end.namespace().equals(policyNamespace)) {
        b.withNamespaceSelector(namespaceSelector(end.namespace()));
      }
    } else if (end.peer().namespaceName().isPresent()) {
      b.withNamespaceSelector(namespaceSelector(end.namespace()));
    } else if (end.peer().isAnywhere()) {
      return null;
    } else {
      Cidr cidr = end.peer().cidr().orElseThrow();
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

  /**
   * The policies: per namespace default-deny and DNS egress, then one per pod set. In a shared
   * namespace the pod set's own policy denies what it does not allow and carries its DNS egress.
   */
  List<HasMetadata> render(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    for (String ns : namespaces) {
      if (owner.sharedNamespaces().contains(ns)) {
        continue;
      }
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
        out.add(
            policy(context, ns, "allow-dns")
                .withSpec(
                    new NetworkPolicySpecBuilder()
                        .withPodSelector(new LabelSelector())
                        .withPolicyTypes("Egress")
                        .withEgress(dnsRule())
                        .build())
                .build());
      }
    }
    for (PodPolicy p : policies.values()) {
      boolean shared = owner.sharedNamespaces().contains(p.namespace());
      List<NetworkPolicyEgressRule> egress = new ArrayList<>(p.egress());
      if (shared && owner.restrictEgress()) {
        egress.add(0, dnsRule());
      }
      NetworkPolicySpecBuilder spec =
          new NetworkPolicySpecBuilder().withPodSelector(matchLabels(p.selector()));
      List<String> types = new ArrayList<>();
      if (!p.ingress().isEmpty() || (shared && owner.defaultDeny())) {
        types.add("Ingress");
        spec.withIngress(p.ingress());
      }
      if (!egress.isEmpty()) {
        types.add("Egress");
        spec.withEgress(egress);
      }
      out.add(
          policy(context, p.namespace(), p.name())
              .withSpec(spec.withPolicyTypes(types).build())
              .build());
    }
    return out;
  }

  private NetworkPolicyEgressRule dnsRule() {
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

  private NetworkPolicyBuilder policy(SynthContext context, String namespace, String name) {
    return new NetworkPolicyBuilder()
        .withMetadata(context.metadata(owner, name).withNamespace(namespace).build());
  }
}
