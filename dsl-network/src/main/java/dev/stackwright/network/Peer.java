package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One end of a {@link Connection}: the pods of a workload, the pods behind a service, pods the
 * stack does not build but can select by label, every pod of a namespace, an IP range, a DNS name,
 * the cluster's API server, or anywhere. Exactly one is set; the factories make sure of it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Peer {

  /** The pods of a workload of the stack. */
  public abstract Optional<PodSet> pods();

  /** The pods behind a service of the stack; a connection's port then names a service port. */
  public abstract Optional<Service> service();

  /** Every pod of a namespace, which need not be part of the stack (say, {@code monitoring}). */
  public abstract Optional<String> namespaceName();

  /** An IP range outside the cluster (or inside, by address). */
  public abstract Optional<Cidr> cidr();

  /**
   * The name of pods the stack does not build (an ingress controller's, a gateway's), selected by
   * {@link #podLabels()} in {@link #namespaceName()}; the name of their policy when their namespace
   * is under these connections.
   */
  public abstract Optional<String> selectionName();

  /** The labels of selected pods; empty selects every pod of the namespace. */
  public abstract Map<String, String> podLabels();

  /**
   * A DNS name outside the cluster ({@code api.stripe.com}, or {@code *.stripe.com} for its
   * subdomains), as a destination only; needs a CNI policy engine that follows DNS answers
   * (Cilium).
   */
  public abstract Optional<String> dnsName();

  /** Whether this end is the cluster's API server, at {@link Connections#apiServer()}. */
  @Value.Default
  public boolean isApiServer() {
    return false;
  }

  /** Whether this end is any address at all. */
  @Value.Default
  public boolean isAnywhere() {
    return false;
  }

  /** The pods of {@code pods}. */
  public static Peer of(PodSet pods) {
    return ImmutablePeer.builder().pods(pods).build();
  }

  /** The pods behind {@code service}. */
  public static Peer service(Service service) {
    return ImmutablePeer.builder().service(service).build();
  }

  /** Every pod of the namespace {@code namespace}. */
  public static Peer namespace(String namespace) {
    return ImmutablePeer.builder().namespaceName(namespace).build();
  }

  /** The addresses of {@code cidr}. */
  public static Peer cidr(Cidr cidr) {
    return ImmutablePeer.builder().cidr(cidr).build();
  }

  /** The addresses of {@code cidr} without those of {@code except}. */
  public static Peer cidr(String cidr, String... except) {
    return cidr(Cidr.of(cidr, except));
  }

  /**
   * The pods labelled {@code labels} in {@code namespace}, which the stack does not build, called
   * {@code name}; every pod of the namespace when {@code labels} is empty.
   */
  public static Peer selected(String name, String namespace, Map<String, String> labels) {
    return ImmutablePeer.builder()
        .selectionName(name)
        .namespaceName(namespace)
        .putAllPodLabels(labels)
        .build();
  }

  /**
   * The addresses the DNS name {@code name} resolves to ({@code *.example.com} for every
   * subdomain); rendered for Cilium as {@code toFQDNs}.
   */
  public static Peer dnsName(String name) {
    return ImmutablePeer.builder().dnsName(name).build();
  }

  /** The cluster's API server, at the address {@link Connections#apiServer()} states. */
  public static Peer apiServer() {
    return ImmutablePeer.builder().isApiServer(true).build();
  }

  /** Any address. */
  public static Peer anywhere() {
    return ImmutablePeer.builder().isAnywhere(true).build();
  }

  /** How many of the alternatives are set: 1 for a well-formed peer. */
  int alternatives() {
    return (pods().isPresent() ? 1 : 0)
        + (service().isPresent() ? 1 : 0)
        + (namespaceName().isPresent() || selectionName().isPresent() ? 1 : 0)
        + (cidr().isPresent() ? 1 : 0)
        + (dnsName().isPresent() ? 1 : 0)
        + (isApiServer() ? 1 : 0)
        + (isAnywhere() ? 1 : 0);
  }

  /**
   * The peer in messages: {@code workload api}, {@code namespace monitoring}, {@code 10.0.0.0/8}.
   */
  String describe() {
    if (pods().isPresent()) {
      return pods().get().kind() + " " + pods().get().name();
    }
    if (service().isPresent()) {
      return "service " + service().get().name();
    }
    if (selectionName().isPresent()) {
      return "pods " + selectionName().get() + " in namespace " + namespaceName().orElse("");
    }
    if (namespaceName().isPresent()) {
      return "namespace " + namespaceName().get();
    }
    if (isApiServer()) {
      return "the API server";
    }
    if (isAnywhere()) {
      return "anywhere";
    }
    if (dnsName().isPresent()) {
      return "DNS name " + dnsName().get();
    }
    return cidr().map(Cidr::cidr).orElse("(nothing)");
  }
}
