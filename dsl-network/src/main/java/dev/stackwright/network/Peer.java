package dev.stackwright.network;

import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import java.util.Map;
import java.util.Objects;

/**
 * One end of a {@link Connection}: one of the peers every layer can name ({@link Common}: the pods
 * of a workload, pods the stack does not build but can select by label, every pod of a namespace,
 * the cluster's API server, anywhere), or one only the network layer knows: the pods behind a
 * service ({@link BehindService}), an IP range ({@link Addresses}), a DNS name ({@link DnsName}). A
 * sealed type, so a peer is exactly one of them by construction; users meet it through the
 * factories.
 */
public sealed interface Peer {

  /**
   * The peer in messages: {@code workload api}, {@code namespace monitoring}, {@code 10.0.0.0/8}.
   */
  String describe();

  /** The pods of {@code pods}. */
  static Peer of(PodSet pods) {
    return of(NetworkPeer.pods(pods));
  }

  /** The peer {@code peer}, as core's contract states it (say, from another layer's needs). */
  static Peer of(NetworkPeer peer) {
    return new Common(peer);
  }

  /** The pods behind {@code service}. */
  static Peer service(Service service) {
    return new BehindService(service);
  }

  /** Every pod of the namespace {@code namespace}. */
  static Peer namespace(String namespace) {
    return of(NetworkPeer.namespace(namespace));
  }

  /** The addresses of {@code cidr}. */
  static Peer cidr(Cidr cidr) {
    return new Addresses(cidr);
  }

  /** The addresses of {@code cidr} without those of {@code except}. */
  static Peer cidr(String cidr, String... except) {
    return cidr(Cidr.of(cidr, except));
  }

  /**
   * The pods labelled {@code labels} in {@code namespace}, which the stack does not build, called
   * {@code name}; every pod of the namespace when {@code labels} is empty.
   */
  static Peer selected(String name, String namespace, Map<String, String> labels) {
    return of(NetworkPeer.selected(name, namespace, labels));
  }

  /**
   * The addresses the DNS name {@code name} resolves to ({@code *.example.com} for every
   * subdomain); rendered for Cilium as {@code toFQDNs}.
   */
  static Peer dnsName(String name) {
    return new DnsName(name);
  }

  /** The cluster's API server, at the address {@link Connections#apiServer()} states. */
  static Peer apiServer() {
    return of(NetworkPeer.apiServer());
  }

  /** Any address. */
  static Peer anywhere() {
    return of(NetworkPeer.anywhere());
  }

  /** A peer every layer can name, defined once by core's {@link NetworkPeer}. */
  record Common(NetworkPeer peer) implements Peer {
    /** Requires the peer. */
    public Common {
      Objects.requireNonNull(peer, "peer");
    }

    @Override
    public String describe() {
      return peer.describe();
    }
  }

  /** The pods behind a service of the stack; a connection's port then names a service port. */
  record BehindService(Service service) implements Peer {
    /** Requires the service. */
    public BehindService {
      Objects.requireNonNull(service, "service");
    }

    @Override
    public String describe() {
      return "service " + service.name();
    }
  }

  /** An IP range outside the cluster (or inside, by address). */
  record Addresses(Cidr cidr) implements Peer {
    /** Requires the range. */
    public Addresses {
      Objects.requireNonNull(cidr, "cidr");
    }

    @Override
    public String describe() {
      return cidr.cidr();
    }
  }

  /**
   * A DNS name outside the cluster ({@code api.stripe.com}, or {@code *.stripe.com} for its
   * subdomains), as a destination only; needs a CNI policy engine that follows DNS answers
   * (Cilium).
   */
  record DnsName(String name) implements Peer {
    /** Requires the name. */
    public DnsName {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String describe() {
      return "DNS name " + name;
    }
  }
}
