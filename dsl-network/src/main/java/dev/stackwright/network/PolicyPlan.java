package dev.stackwright.network;

import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policies a {@link Connections} stands for, derived in one pass over its connections and the
 * needs of the stack's components ({@link NeededConnections}): per receiving pod set an ingress
 * rule, per sending pod set an egress rule, plus default-deny and DNS egress per namespace (or, in
 * a shared namespace, per pod set). The rules are neutral; {@link KubernetesPolicies}, {@link
 * CiliumPolicies} and {@link CalicoPolicies} render them for the connections' {@link PolicyEngine}.
 * Reports every connection it cannot resolve or its engine cannot express.
 */
final class PolicyPlan {
  private final Connections owner;
  private final Set<String> namespaces = new TreeSet<>();
  private final Map<String, PodPolicy> policies = new LinkedHashMap<>();
  private final Set<String> dnsNamespaces = new TreeSet<>();

  /** The rules of the one policy that selects a pod set's (or a selection's) pods. */
  record PodPolicy(
      String name,
      String namespace,
      Map<String, String> selector,
      Set<Rule> ingress,
      Set<Rule> egress) {}

  /**
   * The other end of a rule, resolved: pods by {@code selector} in {@code namespace}, every pod of
   * {@code namespace} (null selector), an address range, a DNS name, or anywhere.
   */
  record Target(
      Map<String, String> selector,
      String namespace,
      Cidr cidr,
      String dnsName,
      boolean anywhere) {}

  /**
   * One allowed flow as seen by the policy of one pod set: the other end, the receiving port (null
   * for every port) and the HTTP requests allowed (empty for all).
   */
  record Rule(Target peer, NetworkPolicyPort port, List<HttpRule> http) {}

  /**
   * A resolved end of a connection: the peer, the pod set it stands for (if any), the labels that
   * select its pods (null when it stands for no pods: a namespace, an address range), the name of
   * their policy, and its namespace.
   */
  record End(
      Peer peer, PodSet pods, Map<String, String> selector, String policyName, String namespace) {

    /** This end as the other end of a rule. */
    Target target() {
      if (selector != null) {
        return new Target(selector, namespace, null, null, false);
      }
      if (peer instanceof Peer.Addresses a) {
        return new Target(null, null, a.cidr(), null, false);
      }
      if (peer instanceof Peer.DnsName d) {
        return new Target(null, null, null, d.name(), false);
      }
      if (common(peer) instanceof NetworkPeer.WholeNamespace) {
        return new Target(null, namespace, null, null, false);
      }
      return new Target(null, null, null, null, true);
    }
  }

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

  /** The connections this plan renders. */
  Connections owner() {
    return owner;
  }

  /** The policy of each pod set with a rule, in the order of their first rule. */
  Collection<PodPolicy> policies() {
    return policies.values();
  }

  /** The namespaces under a namespace-wide default-deny and DNS policy (all but shared ones). */
  List<String> wholeNamespaces() {
    return namespaces.stream().filter(ns -> !owner.sharedNamespaces().contains(ns)).toList();
  }

  /** Whether a pod of {@code namespace} (of any, for null) sends to a DNS name. */
  boolean sendsToDnsNames(String namespace) {
    return namespace == null ? !dnsNamespaces.isEmpty() : dnsNamespaces.contains(namespace);
  }

  private void resolve(
      Connection connection,
      SynthContext context,
      Checks at,
      boolean declared,
      List<Resolved> resolved) {
    if (common(connection.to()) instanceof NetworkPeer.ApiServer && connection.port().isEmpty()) {
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
    if (from == null || to == null || !EngineChecks.expressible(owner, connection, at)) {
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
    List<HttpRule> http = r.connection().http();
    if (!http.isEmpty() && !EngineChecks.httpPort(owner, r.connection(), to, toLocal, r.at())) {
      return;
    }
    if (toLocal) {
      policy(to).ingress().add(new Rule(from.target(), port.orElse(null), http));
    }
    if (fromLocal) {
      policy(from).egress().add(new Rule(to.target(), port.orElse(null), http));
      if (to.peer() instanceof Peer.DnsName) {
        dnsNamespaces.add(from.namespace());
      }
    }
  }

  /** Whether {@code end} stands for pods in a namespace under these connections. */
  private boolean local(End end) {
    return end.selector() != null && namespaces.contains(end.namespace());
  }

  private PodPolicy policy(End end) {
    return policies.computeIfAbsent(
        end.namespace() + '/' + end.policyName(),
        key ->
            new PodPolicy(
                end.policyName(),
                end.namespace(),
                end.selector(),
                new LinkedHashSet<>(),
                new LinkedHashSet<>()));
  }

  /** Resolves and checks one end; null when it cannot be used. */
  private End end(Peer peer, SynthContext context, Checks at, String field) {
    if (peer instanceof Peer.Common c) {
      return commonEnd(c.peer(), peer, context, at, field);
    }
    if (peer instanceof Peer.BehindService s) {
      return serviceEnd(s.service(), context, at, field);
    }
    if (peer instanceof Peer.DnsName d) {
      String problem = Hosts.problem(d.name(), true);
      if (problem != null) {
        at.error(NetworkRules.INVALID_HOST, field + ".dnsName", "%s", problem);
        return null;
      }
      return new End(peer, null, null, "", "");
    }
    // The one case left of the sealed Peer.
    Cidr cidr = ((Peer.Addresses) peer).cidr();
    return cidr.validate(at, field + ".cidr") ? new End(peer, null, null, "", "") : null;
  }

  /** Resolves and checks an end that is one of core's peers, {@code common} of {@code peer}. */
  private End commonEnd(
      NetworkPeer common, Peer peer, SynthContext context, Checks at, String field) {
    if (common instanceof NetworkPeer.Pods p) {
      PodSet pods = p.podSet();
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
    if (common instanceof NetworkPeer.Selection s) {
      // Each check runs, so every mistake of the peer is reported at once.
      boolean name = at.label(field + ".name", s.name());
      boolean namespace = at.label(field + ".namespace", s.namespace());
      boolean labels = at.labels(field + ".podLabels", s.podLabels());
      return name && namespace && labels
          ? new End(peer, null, s.podLabels(), s.name(), s.namespace())
          : null;
    }
    if (common instanceof NetworkPeer.WholeNamespace n) {
      return at.label(field + ".namespace", n.namespace())
          ? new End(peer, null, null, "", n.namespace())
          : null;
    }
    if (common instanceof NetworkPeer.ApiServer) {
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
    return new End(peer, null, null, "", "");
  }

  private static End serviceEnd(Service named, SynthContext context, Checks at, String field) {
    Optional<Service> service =
        context
            .find(context.idOf(named))
            .filter(Service.class::isInstance)
            .map(Service.class::cast);
    if (service.isEmpty()) {
      at.error(
          NetworkRules.UNKNOWN_COMPONENT,
          field,
          "names %s, which is not part of the stack; add it to the stack",
          context.idOf(named));
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

  /** Core's peer {@code peer} stands for, or null when it is one only the network layer has. */
  private static NetworkPeer common(Peer peer) {
    return peer instanceof Peer.Common c ? c.peer() : null;
  }

  private static End podsEnd(Peer peer, PodSet pods, SynthContext context) {
    return new End(peer, pods, pods.selectorLabels(), pods.name(), context.namespaceOf(pods));
  }

  /** The policies for the connections' engine. */
  List<HasMetadata> render(SynthContext context) {
    return switch (owner.policyEngine()) {
      case KUBERNETES -> KubernetesPolicies.render(this, context);
      case CILIUM -> CiliumPolicies.render(this, context);
      case CALICO -> CalicoPolicies.render(this, context);
    };
  }
}
