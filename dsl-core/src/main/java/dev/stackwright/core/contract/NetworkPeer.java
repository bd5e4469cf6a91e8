package dev.stackwright.core.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One end of a {@link NetworkNeed}: the pods of a pod set of the stack ({@link Pods}), pods the
 * stack does not model but can select ({@link Selection}: a gateway's or an ingress controller's),
 * every pod of a namespace ({@link WholeNamespace}), the cluster's API server ({@link ApiServer}),
 * or anywhere ({@link Anywhere}). A sealed type, so a peer is exactly one of them by construction;
 * the network layer's own peers reuse these cases instead of restating them. Users meet it through
 * the factories ({@link #pods(PodSet)}, {@link #selected(String, String, Map)}, ...).
 */
public sealed interface NetworkPeer {

  /** The peer in messages: {@code workload api}, {@code namespace monitoring}, ... */
  String describe();

  /** The pods of {@code pods}. */
  static NetworkPeer pods(PodSet pods) {
    return new Pods(pods);
  }

  /**
   * The pods labelled {@code labels} in {@code namespace}, which the stack does not build (an
   * ingress controller's, a gateway's), called {@code name}; every pod of the namespace when {@code
   * labels} is empty.
   */
  static NetworkPeer selected(String name, String namespace, Map<String, String> labels) {
    return new Selection(name, namespace, labels);
  }

  /** Every pod of {@code namespace}, as the other end of a flow. */
  static NetworkPeer namespace(String namespace) {
    return new WholeNamespace(namespace);
  }

  /** The cluster's API server. */
  static NetworkPeer apiServer() {
    return new ApiServer();
  }

  /** Any address. */
  static NetworkPeer anywhere() {
    return new Anywhere();
  }

  /** The pods of a pod set of the stack. */
  record Pods(PodSet podSet) implements NetworkPeer {
    /** Requires the pod set. */
    public Pods {
      Objects.requireNonNull(podSet, "podSet");
    }

    @Override
    public String describe() {
      return podSet.kind() + " " + podSet.name();
    }
  }

  /**
   * Pods the stack does not model, labelled {@code podLabels} in {@code namespace} (every pod of
   * the namespace when the labels are empty); {@code name} names their policy when they run in a
   * namespace under the stack's policies. The labels keep the order they were given in.
   */
  record Selection(String name, String namespace, Map<String, String> podLabels)
      implements NetworkPeer {
    /** Requires all three; copies the labels. */
    public Selection {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(podLabels, "podLabels");
      podLabels = Collections.unmodifiableMap(new LinkedHashMap<>(podLabels));
    }

    @Override
    public String describe() {
      return "pods " + name + " in namespace " + namespace;
    }
  }

  /** Every pod of a namespace, which need not be part of the stack (say, {@code monitoring}). */
  record WholeNamespace(String namespace) implements NetworkPeer {
    /** Requires the namespace. */
    public WholeNamespace {
      Objects.requireNonNull(namespace, "namespace");
    }

    @Override
    public String describe() {
      return "namespace " + namespace;
    }
  }

  /** The cluster's API server, whose address the cluster states. */
  record ApiServer() implements NetworkPeer {
    @Override
    public String describe() {
      return "the API server";
    }
  }

  /** Any address, inside the cluster or out. */
  record Anywhere() implements NetworkPeer {
    @Override
    public String describe() {
      return "anywhere";
    }
  }
}
