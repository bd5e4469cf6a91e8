package dev.stackwright.core.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The apply order of kinds: Helm's install order, with PriorityClass and RuntimeClass early (pods
 * name them), and custom resources after every built-in kind (so after the CRDs that define them).
 */
public final class KindOrder {
  private static final List<String> ORDER =
      List.of(
          "Namespace",
          "PriorityClass",
          "RuntimeClass",
          "NetworkPolicy",
          "ResourceQuota",
          "LimitRange",
          "PodDisruptionBudget",
          "ServiceAccount",
          "Secret",
          "ConfigMap",
          "StorageClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "CustomResourceDefinition",
          "ClusterRole",
          "ClusterRoleBinding",
          "Role",
          "RoleBinding",
          "Service",
          "DaemonSet",
          "Pod",
          "ReplicationController",
          "ReplicaSet",
          "Deployment",
          "HorizontalPodAutoscaler",
          "StatefulSet",
          "Job",
          "CronJob",
          "IngressClass",
          "Ingress",
          "APIService");
  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < ORDER.size(); i++) {
      RANK.put(ORDER.get(i), i);
    }
  }

  private KindOrder() {}

  /** The rank of {@code kind}; every custom or unknown kind shares the last rank. */
  public static int rank(String kind) {
    return RANK.getOrDefault(kind, ORDER.size());
  }

  /** Whether {@code kind} is a built-in kind with a fixed place in the order. */
  public static boolean isBuiltIn(String kind) {
    return RANK.containsKey(kind);
  }
}
