package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One end of a {@link Connection}: the pods of a workload, the pods behind a service, every pod of
 * a namespace, or an IP range. Exactly one is set; the factories make sure of it.
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

  /** How many of the alternatives are set: 1 for a well-formed peer. */
  int alternatives() {
    return (pods().isPresent() ? 1 : 0)
        + (service().isPresent() ? 1 : 0)
        + (namespaceName().isPresent() ? 1 : 0)
        + (cidr().isPresent() ? 1 : 0);
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
    if (namespaceName().isPresent()) {
      return "namespace " + namespaceName().get();
    }
    return cidr().map(Cidr::cidr).orElse("(nothing)");
  }
}
