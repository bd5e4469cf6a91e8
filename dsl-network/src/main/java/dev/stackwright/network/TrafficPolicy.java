package dev.stackwright.network;

/**
 * Where external traffic of a NodePort or LoadBalancer {@link Service} may go: the Service's {@code
 * spec.externalTrafficPolicy}.
 */
public enum TrafficPolicy {
  /** To any ready pod in the cluster (the Kubernetes default); the client address is lost. */
  CLUSTER("Cluster"),
  /** Only to pods on the receiving node, keeping the client's source address. */
  LOCAL("Local");

  private final String value;

  TrafficPolicy(String value) {
    this.value = value;
  }

  /** The Kubernetes field value. */
  public String value() {
    return value;
  }
}
