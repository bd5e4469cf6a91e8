package dev.stackwright.core.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in kinds of Kubernetes, by API group, and whether their objects are namespaced: what a
 * raw object's kind is checked against before the stack's own CustomResourceDefinitions.
 */
public final class KnownKinds {
  private static final Map<String, Boolean> NAMESPACED = new HashMap<>();

  static {
    namespaced(
        "",
        "Pod",
        "PodTemplate",
        "ReplicationController",
        "Service",
        "Endpoints",
        "ConfigMap",
        "Secret",
        "ServiceAccount",
        "PersistentVolumeClaim",
        "ResourceQuota",
        "LimitRange",
        "Event",
        "Binding");
    cluster("", "Namespace", "Node", "PersistentVolume", "ComponentStatus");
    namespaced(
        "apps", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ControllerRevision");
    namespaced("batch", "Job", "CronJob");
    namespaced("autoscaling", "HorizontalPodAutoscaler");
    namespaced("policy", "PodDisruptionBudget");
    namespaced("networking.k8s.io", "Ingress", "NetworkPolicy");
    cluster("networking.k8s.io", "IngressClass", "IPAddress", "ServiceCIDR");
    namespaced("rbac.authorization.k8s.io", "Role", "RoleBinding");
    cluster("rbac.authorization.k8s.io", "ClusterRole", "ClusterRoleBinding");
    namespaced("storage.k8s.io", "CSIStorageCapacity");
    cluster(
        "storage.k8s.io",
        "StorageClass",
        "CSIDriver",
        "CSINode",
        "VolumeAttachment",
        "VolumeAttributesClass");
    cluster("apiextensions.k8s.io", "CustomResourceDefinition");
    cluster("apiregistration.k8s.io", "APIService");
    cluster(
        "admissionregistration.k8s.io",
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding");
    cluster("scheduling.k8s.io", "PriorityClass");
    cluster("node.k8s.io", "RuntimeClass");
    namespaced("coordination.k8s.io", "Lease");
    namespaced("discovery.k8s.io", "EndpointSlice");
    cluster("certificates.k8s.io", "CertificateSigningRequest");
    cluster("flowcontrol.apiserver.k8s.io", "FlowSchema", "PriorityLevelConfiguration");
  }

  private KnownKinds() {}

  private static void namespaced(String group, String... kinds) {
    for (String kind : kinds) {
      NAMESPACED.put(group + "/" + kind, true);
    }
  }

  private static void cluster(String group, String... kinds) {
    for (String kind : kinds) {
      NAMESPACED.put(group + "/" + kind, false);
    }
  }

  /**
   * The API group of an {@code apiVersion}: {@code apps} for {@code apps/v1}, empty for {@code v1}.
   */
  public static String groupOf(String apiVersion) {
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /**
   * Whether a built-in kind is namespaced; empty when {@code kind} in the group of {@code
   * apiVersion} is not a built-in kind.
   */
  public static Optional<Boolean> namespaced(String apiVersion, String kind) {
    return Optional.ofNullable(NAMESPACED.get(groupOf(apiVersion) + "/" + kind));
  }
}
