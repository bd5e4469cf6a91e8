package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The traffic a stack allows, declared once as connections between components, from which every
 * NetworkPolicy is derived. Each namespace with pods in a connection gets a default-deny policy
 * (ingress and egress) and a DNS egress policy, so the connections are the whole truth; each
 * workload that receives or sends traffic gets one policy named after it, with an ingress rule per
 * incoming and an egress rule per outgoing connection.
 *
 * <p>Beside the declared connections it renders what the stack's components need ({@link
 * dev.stackwright.core.contract.NetworkNeeds}: the mesh's control plane, the trace collector,
 * scraping, the API server, the routers in front of routed services) for the pods of the namespaces
 * it manages: those of its declared connections, {@link #namespaces()} and {@link
 * #sharedNamespaces()}. A need never brings a namespace under policy by itself.
 *
 * <pre>{@code
 * Connections traffic = Connections.builder()
 *     .name("shop")
 *     .allow(web, api, "http")
 *     .allow(api, db, "postgres")
 *     .allowFromNamespace("monitoring", api, "metrics")
 *     .allowToCidr(api, Cidr.of("203.0.113.0/24"), 443)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Connections implements Component, TopologySource {

  /** The label Kubernetes puts on every namespace with the namespace's name. */
  public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  @Override
  public abstract String name();

  /** The allowed connections, in declaration order. */
  public abstract List<Connection> connections();

  /**
   * Namespaces under these policies besides those of the declared connections, for pods whose every
   * flow is derived from the components' needs; none by default.
   */
  public abstract List<String> namespaces();

  /**
   * Namespaces where pods the stack does not model run too (an upstream chart's, say a monitoring
   * stack's), which a namespace-wide default-deny would cut off. There no default-deny or DNS
   * policy is written for the whole namespace; instead the policy of each pod set of the stack in a
   * flow there denies what it does not allow and carries the DNS egress. None by default.
   */
  public abstract List<String> sharedNamespaces();

  /**
   * The addresses of the cluster's API server, as pods reach it (the endpoints behind the {@code
   * kubernetes} Service, which network plugins see after address translation): a cluster fact,
   * needed as soon as a pod set needs the API server. Unset by default.
   */
  public abstract Optional<Cidr> apiServer();

  /** The port the API server listens on at {@link #apiServer()}; 443 by default. */
  @Value.Default
  public int apiServerPort() {
    return 443;
  }

  /**
   * What the connections render into: plain NetworkPolicy (the default), or the policies of the
   * cluster's CNI, which add egress to DNS names, HTTP rules and cluster-wide defaults. State the
   * CNI on the target cluster too ({@link PolicyEngine#prerequisite()}).
   */
  @Value.Default
  public PolicyEngine policyEngine() {
    return PolicyEngine.KUBERNETES;
  }

  /**
   * Whether the default-deny and DNS egress of every namespace under these connections is one
   * cluster-wide policy (a CiliumClusterwideNetworkPolicy or Calico GlobalNetworkPolicy selecting
   * those namespaces) rather than two policies per namespace; false by default. Plain NetworkPolicy
   * is namespaced only.
   */
  @Value.Default
  public boolean clusterWideDefaults() {
    return false;
  }

  /** Whether each namespace starts from denying all traffic; true unless visibly opted out. */
  @Value.Default
  public boolean defaultDeny() {
    return true;
  }

  /**
   * Whether outgoing traffic is restricted too (egress rules per sender, DNS egress); true unless
   * visibly opted out, in which case only incoming traffic is controlled.
   */
  @Value.Default
  public boolean restrictEgress() {
    return true;
  }

  /** The namespace of the cluster DNS pods that every pod may query. */
  @Value.Default
  public String dnsNamespace() {
    return "kube-system";
  }

  /** The labels of the cluster DNS pods. */
  @Value.Default
  public Map<String, String> dnsPodLabels() {
    return Map.of("k8s-app", "kube-dns");
  }

  @Override
  public String kind() {
    return "connections";
  }

  @Override
  public Layer layer() {
    return Layer.NETWORK;
  }

  /** Connections span namespaces: each policy goes into the namespace of the pods it selects. */
  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** A builder for connections. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.label("dnsNamespace", dnsNamespace());
    if (!defaultDeny()) {
      checks.warn(
          NetworkRules.DEFAULT_DENY_OPT_OUT,
          "defaultDeny",
          "namespaces do not start from default-deny: traffic the connections do not name is"
              + " allowed");
    }
    if (!restrictEgress()) {
      checks.warn(
          NetworkRules.DEFAULT_DENY_OPT_OUT,
          "restrictEgress",
          "outgoing traffic is not restricted: pods may connect anywhere");
    }
    for (int i = 0; i < namespaces().size(); i++) {
      checks.label("namespaces[" + i + "]", namespaces().get(i));
    }
    for (int i = 0; i < sharedNamespaces().size(); i++) {
      checks.label("sharedNamespaces[" + i + "]", sharedNamespaces().get(i));
    }
    if (clusterWideDefaults() && policyEngine() == PolicyEngine.KUBERNETES) {
      checks.error(
          NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
          "clusterWideDefaults",
          "plain NetworkPolicy is namespaced only, so there are no cluster-wide defaults; render"
              + " for the CNI with policyEngine(PolicyEngine.CILIUM) or"
              + " policyEngine(PolicyEngine.CALICO), or drop clusterWideDefaults");
    }
    apiServer().ifPresent(cidr -> cidr.validate(checks, "apiServer"));
    checks.port("apiServerPort", apiServerPort());
    PolicyPlan plan = PolicyPlans.validated(this, context, checks);
    NamespaceOwners owners = NamespaceOwners.of(context);
    for (String ns : plan.namespaces()) {
      Connections owner = owners.owner(ns);
      if (owner != null && !owner.name().equals(name())) {
        checks.error(
            NetworkRules.CONNECTIONS_OVERLAP,
            "",
            "namespace \"%s\" already gets its policies from connections %s; declare the"
                + " connections of a namespace in one place",
            ns,
            owner.name());
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return PolicyPlans.of(this, context).render(context);
  }

  /** An arrow for each allowed connection between components of the stack. */
  @Override
  public List<Edge> edges(SynthContext context) {
    List<Edge> edges = new ArrayList<>();
    for (Connection c : connections()) {
      Optional<Component> from = component(c.from());
      Optional<Component> to = component(c.to());
      if (from.isPresent() && to.isPresent()) {
        edges.add(
            new Edge(
                context.idOf(from.get()),
                context.idOf(to.get()),
                "allow " + c.port().orElse("any port"),
                Edge.Style.TRAFFIC));
      }
    }
    return edges;
  }

  private static Optional<Component> component(Peer peer) {
    if (peer instanceof Peer.BehindService s) {
      return Optional.of(s.service());
    }
    if (peer instanceof Peer.Common c && c.peer() instanceof NetworkPeer.Pods p) {
      return Optional.of(p.podSet());
    }
    return Optional.empty();
  }

  /** Builds {@link Connections}, with one method per common shape of connection. */
  public static class Builder extends ImmutableConnections.Builder {

    /** Allows {@code from} to reach {@code to} on its container port {@code port}. */
    public Builder allow(PodSet from, PodSet to, String port) {
      return addConnection(Connection.of(Peer.of(from), Peer.of(to), port));
    }

    /** Allows {@code from} to reach {@code to} on every port. */
    public Builder allow(PodSet from, PodSet to) {
      return addConnection(Connection.anyPort(Peer.of(from), Peer.of(to)));
    }

    /** Allows any connection between two peers on {@code port}. */
    public Builder allow(Peer from, Peer to, String port) {
      return addConnection(Connection.of(from, to, port));
    }

    /** Allows every pod of {@code namespace} to reach {@code to} on {@code port}. */
    public Builder allowFromNamespace(String namespace, PodSet to, String port) {
      return allow(Peer.namespace(namespace), Peer.of(to), port);
    }

    /** Allows the addresses of {@code cidr} to reach {@code to} on {@code port}. */
    public Builder allowFromCidr(Cidr cidr, PodSet to, String port) {
      return allow(Peer.cidr(cidr), Peer.of(to), port);
    }

    /** Allows {@code from} to reach the addresses of {@code cidr} on {@code port}. */
    public Builder allowToCidr(PodSet from, Cidr cidr, int port) {
      return allow(Peer.of(from), Peer.cidr(cidr), String.valueOf(port));
    }

    /**
     * Allows {@code from} to send to {@code to} on its HTTP port {@code port} only the requests
     * {@code rules} match; needs a CNI policy engine.
     */
    public Builder allowHttp(PodSet from, PodSet to, String port, HttpRule... rules) {
      return addConnection(
          Connection.builder()
              .from(Peer.of(from))
              .to(Peer.of(to))
              .port(port)
              .addHttp(rules)
              .build());
    }

    /**
     * Allows {@code from} to reach the addresses DNS name {@code name} resolves to ({@code
     * *.example.com} for every subdomain) on {@code port}; needs Cilium.
     */
    public Builder allowToDnsName(PodSet from, String name, int port) {
      return allow(Peer.of(from), Peer.dnsName(name), String.valueOf(port));
    }

    /** Allows {@code from} to reach the pods behind {@code service} on its port {@code port}. */
    public Builder allowToService(PodSet from, Service service, String port) {
      return allow(Peer.of(from), Peer.service(service), port);
    }
  }
}
