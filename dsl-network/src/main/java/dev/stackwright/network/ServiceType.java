package dev.stackwright.network;

/** How a {@link Service} is reached, and the Kubernetes {@code spec.type} it synthesizes into. */
public enum ServiceType {
  /** A virtual IP inside the cluster: {@code type: ClusterIP}. */
  CLUSTER_IP("ClusterIP"),
  /** The cluster IP plus a port on every node: {@code type: NodePort}. */
  NODE_PORT("NodePort"),
  /** An external load balancer from the cloud provider: {@code type: LoadBalancer}. */
  LOAD_BALANCER("LoadBalancer"),
  /**
   * No virtual IP; DNS returns the pod addresses ({@code clusterIP: None}), as StatefulSets need
   * for stable per-replica names.
   */
  HEADLESS("ClusterIP"),
  /** A DNS alias (CNAME) for a name outside the cluster: {@code type: ExternalName}. */
  EXTERNAL_NAME("ExternalName");

  private final String kubernetesType;

  ServiceType(String kubernetesType) {
    this.kubernetesType = kubernetesType;
  }

  /** The value of the Service's {@code spec.type}. */
  public String kubernetesType() {
    return kubernetesType;
  }
}
