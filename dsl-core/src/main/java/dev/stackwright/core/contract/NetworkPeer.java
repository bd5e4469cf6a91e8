package dev.stackwright.core.contract;

import dev.stackwright.core.StackwrightStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One end of a {@link NetworkNeed}: the pods of a pod set of the stack, pods the stack does not
 * model but can select (a gateway's or an ingress controller's, or every pod of a namespace), every
 * pod of a namespace as a peer, the cluster's API server, or anywhere. Exactly one is set; the
 * factories make sure of it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class NetworkPeer {

  /** The pods of a pod set of the stack. */
  public abstract Optional<PodSet> podSet();

  /**
   * The name of a selection of pods the stack does not model, used as the name of their policy when
   * they run in a namespace under the stack's policies; with {@link #namespaceName()} and {@link
   * #podLabels()}.
   */
  public abstract Optional<String> selectionName();

  /** The namespace of a selection or of a whole-namespace peer. */
  public abstract Optional<String> namespaceName();

  /** The labels of the selected pods; empty selects every pod of the namespace. */
  public abstract Map<String, String> podLabels();

  /** Whether this end is the cluster's API server, whose address the cluster states. */
  @Value.Default
  public boolean isApiServer() {
    return false;
  }

  /** Whether this end is any address, inside the cluster or out. */
  @Value.Default
  public boolean isAnywhere() {
    return false;
  }

  /** The pods of {@code pods}. */
  public static NetworkPeer pods(PodSet pods) {
    return ImmutableNetworkPeer.builder().podSet(pods).build();
  }

  /**
   * The pods labelled {@code labels} in {@code namespace}, which the stack does not build (an
   * ingress controller's, a gateway's), called {@code name}; every pod of the namespace when {@code
   * labels} is empty.
   */
  public static NetworkPeer selected(String name, String namespace, Map<String, String> labels) {
    return ImmutableNetworkPeer.builder()
        .selectionName(name)
        .namespaceName(namespace)
        .putAllPodLabels(labels)
        .build();
  }

  /** Every pod of {@code namespace}, as the other end of a flow. */
  public static NetworkPeer namespace(String namespace) {
    return ImmutableNetworkPeer.builder().namespaceName(namespace).build();
  }

  /** The cluster's API server. */
  public static NetworkPeer apiServer() {
    return ImmutableNetworkPeer.builder().isApiServer(true).build();
  }

  /** Any address. */
  public static NetworkPeer anywhere() {
    return ImmutableNetworkPeer.builder().isAnywhere(true).build();
  }

  /** The peer in messages: {@code workload api}, {@code namespace monitoring}, ... */
  public String describe() {
    if (podSet().isPresent()) {
      return podSet().get().kind() + " " + podSet().get().name();
    }
    if (selectionName().isPresent()) {
      return "pods " + selectionName().get() + " in namespace " + namespaceName().orElse("");
    }
    if (namespaceName().isPresent()) {
      return "namespace " + namespaceName().get();
    }
    return isApiServer() ? "the API server" : "anywhere";
  }
}
