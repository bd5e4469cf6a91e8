package dev.stackwright.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The life cycle of the built-in API versions Stackwright writes, and of the older versions a raw
 * manifest may still carry: the Kubernetes minor release that started serving each, deprecated it
 * and stopped serving it, after the Kubernetes deprecation guide and the API packages' lifecycle
 * markers (checked up to 1.33; the last removal was {@code flowcontrol.apiserver.k8s.io/v1beta3} in
 * 1.32). Like {@code helm lint --kube-version}: an object of a version the target no longer serves
 * is an error, a deprecated one a warning.
 */
public final class ApiVersions {

  /**
   * One built-in API version of one kind.
   *
   * @param apiVersion {@code group/version}, or {@code v1} for the core group
   * @param kind the kind
   * @param since the minor release that serves it first
   * @param deprecated the minor release that deprecates it; 0 when it is not deprecated
   * @param removed the minor release that no longer serves it; 0 when it is still served
   * @param replacement the apiVersion to use instead; empty when there is none
   */
  public record Entry(
      String apiVersion, String kind, int since, int deprecated, int removed, String replacement) {

    /** Whether Kubernetes {@code 1.minor} serves this version. */
    public boolean servedIn(int minor) {
      return minor >= since && (removed == 0 || minor < removed);
    }

    /** Whether Kubernetes {@code 1.minor} still serves it but marks it deprecated. */
    public boolean deprecatedIn(int minor) {
      return deprecated != 0 && minor >= deprecated && servedIn(minor);
    }
  }

  /** The built-in API groups: every other group is defined by a CRD or an aggregated API. */
  private static final Set<String> BUILT_IN_GROUPS =
      Set.of(
          "",
          "admissionregistration.k8s.io",
          "apiextensions.k8s.io",
          "apiregistration.k8s.io",
          "apps",
          "authentication.k8s.io",
          "authorization.k8s.io",
          "autoscaling",
          "batch",
          "certificates.k8s.io",
          "coordination.k8s.io",
          "discovery.k8s.io",
          "events.k8s.io",
          "extensions",
          "flowcontrol.apiserver.k8s.io",
          "internal.apiserver.k8s.io",
          "networking.k8s.io",
          "node.k8s.io",
          "policy",
          "rbac.authorization.k8s.io",
          "resource.k8s.io",
          "scheduling.k8s.io",
          "storage.k8s.io",
          "storagemigration.k8s.io");

  private static final Set<String> SAME_FIELDS_AS_BETA =
      Set.of("CronJob", "HorizontalPodAutoscaler", "PodDisruptionBudget", "EndpointSlice");

  private static final List<Entry> ENTRIES = new ArrayList<>();
  private static final Map<String, Entry> BY_KEY = new HashMap<>();
  private static final Set<String> KNOWN_KINDS = new HashSet<>();

  static {
    for (String kind :
        List.of(
            "Namespace",
            "Service",
            "ServiceAccount",
            "ConfigMap",
            "Secret",
            "Pod",
            "ReplicationController",
            "PersistentVolume",
            "PersistentVolumeClaim",
            "ResourceQuota",
            "LimitRange")) {
      add("v1", kind, 0, 0, 0, "");
    }
    add("v1", "Endpoints", 0, 33, 0, "discovery.k8s.io/v1");
    for (String kind : List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet")) {
      add("apps/v1", kind, 9, 0, 0, "");
      add("apps/v1beta1", kind, 0, 9, 16, "apps/v1");
      add("apps/v1beta2", kind, 8, 9, 16, "apps/v1");
      add("extensions/v1beta1", kind, 0, 9, 16, "apps/v1");
    }
    add("batch/v1", "Job", 2, 0, 0, "");
    add("batch/v1", "CronJob", 21, 0, 0, "");
    add("batch/v1beta1", "CronJob", 8, 21, 25, "batch/v1");
    add("autoscaling/v1", "HorizontalPodAutoscaler", 2, 0, 0, "");
    add("autoscaling/v2", "HorizontalPodAutoscaler", 23, 0, 0, "");
    add("autoscaling/v2beta1", "HorizontalPodAutoscaler", 8, 22, 25, "autoscaling/v2");
    add("autoscaling/v2beta2", "HorizontalPodAutoscaler", 12, 23, 26, "autoscaling/v2");
    add("policy/v1", "PodDisruptionBudget", 21, 0, 0, "");
    add("policy/v1beta1", "PodDisruptionBudget", 5, 21, 25, "policy/v1");
    add("policy/v1beta1", "PodSecurityPolicy", 10, 21, 25, "");
    add("extensions/v1beta1", "PodSecurityPolicy", 0, 11, 16, "");
    add("networking.k8s.io/v1", "NetworkPolicy", 7, 0, 0, "");
    add("extensions/v1beta1", "NetworkPolicy", 0, 9, 16, "networking.k8s.io/v1");
    add("networking.k8s.io/v1", "Ingress", 19, 0, 0, "");
    add("networking.k8s.io/v1", "IngressClass", 19, 0, 0, "");
    add("networking.k8s.io/v1beta1", "Ingress", 14, 19, 22, "networking.k8s.io/v1");
    add("networking.k8s.io/v1beta1", "IngressClass", 18, 19, 22, "networking.k8s.io/v1");
    add("extensions/v1beta1", "Ingress", 0, 14, 22, "networking.k8s.io/v1");
    for (String kind : List.of("Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding")) {
      add("rbac.authorization.k8s.io/v1", kind, 8, 0, 0, "");
      add("rbac.authorization.k8s.io/v1beta1", kind, 6, 17, 22, "rbac.authorization.k8s.io/v1");
    }
    add("storage.k8s.io/v1", "StorageClass", 6, 0, 0, "");
    add("storage.k8s.io/v1beta1", "StorageClass", 4, 19, 22, "storage.k8s.io/v1");
    add("storage.k8s.io/v1", "CSIDriver", 18, 0, 0, "");
    add("storage.k8s.io/v1", "CSINode", 17, 0, 0, "");
    add("storage.k8s.io/v1", "VolumeAttachment", 13, 0, 0, "");
    add("storage.k8s.io/v1", "CSIStorageCapacity", 24, 0, 0, "");
    add("storage.k8s.io/v1beta1", "CSIStorageCapacity", 21, 24, 27, "storage.k8s.io/v1");
    add("node.k8s.io/v1", "RuntimeClass", 20, 0, 0, "");
    add("node.k8s.io/v1beta1", "RuntimeClass", 14, 22, 25, "node.k8s.io/v1");
    add("scheduling.k8s.io/v1", "PriorityClass", 14, 0, 0, "");
    add("scheduling.k8s.io/v1beta1", "PriorityClass", 11, 14, 22, "scheduling.k8s.io/v1");
    add("apiextensions.k8s.io/v1", "CustomResourceDefinition", 16, 0, 0, "");
    add(
        "apiextensions.k8s.io/v1beta1",
        "CustomResourceDefinition",
        7,
        16,
        22,
        "apiextensions.k8s.io/v1");
    add("apiregistration.k8s.io/v1", "APIService", 10, 0, 0, "");
    add("apiregistration.k8s.io/v1beta1", "APIService", 7, 19, 22, "apiregistration.k8s.io/v1");
    for (String kind : List.of("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")) {
      add("admissionregistration.k8s.io/v1", kind, 16, 0, 0, "");
      add(
          "admissionregistration.k8s.io/v1beta1",
          kind,
          9,
          16,
          22,
          "admissionregistration.k8s.io/v1");
    }
    for (String kind : List.of("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")) {
      add("admissionregistration.k8s.io/v1", kind, 30, 0, 0, "");
    }
    add("discovery.k8s.io/v1", "EndpointSlice", 21, 0, 0, "");
    add("discovery.k8s.io/v1beta1", "EndpointSlice", 17, 21, 25, "discovery.k8s.io/v1");
    add("coordination.k8s.io/v1", "Lease", 14, 0, 0, "");
    add("coordination.k8s.io/v1beta1", "Lease", 12, 19, 22, "coordination.k8s.io/v1");
    for (String kind : List.of("FlowSchema", "PriorityLevelConfiguration")) {
      add("flowcontrol.apiserver.k8s.io/v1", kind, 29, 0, 0, "");
      add(
          "flowcontrol.apiserver.k8s.io/v1beta1",
          kind,
          20,
          23,
          26,
          "flowcontrol.apiserver.k8s.io/v1");
      add(
          "flowcontrol.apiserver.k8s.io/v1beta2",
          kind,
          23,
          26,
          29,
          "flowcontrol.apiserver.k8s.io/v1");
      add(
          "flowcontrol.apiserver.k8s.io/v1beta3",
          kind,
          26,
          29,
          32,
          "flowcontrol.apiserver.k8s.io/v1");
    }
  }

  private ApiVersions() {}

  private static void add(
      String apiVersion, String kind, int since, int deprecated, int removed, String replacement) {
    Entry e = new Entry(apiVersion, kind, since, deprecated, removed, replacement);
    ENTRIES.add(e);
    BY_KEY.put(apiVersion + " " + kind, e);
    KNOWN_KINDS.add(ApiKind.ofObject(apiVersion, kind).key());
  }

  /** Whether {@code group} is one of Kubernetes' own API groups (not defined by a CRD). */
  public static boolean isBuiltInGroup(String group) {
    return BUILT_IN_GROUPS.contains(group);
  }

  /** The life cycle of {@code apiVersion} for {@code kind}, when the table knows it. */
  public static Optional<Entry> lookup(String apiVersion, String kind) {
    return Optional.ofNullable(BY_KEY.get(apiVersion + " " + kind));
  }

  /** Every entry of the table, in the order above. */
  public static List<Entry> entries() {
    return List.copyOf(ENTRIES);
  }

  /**
   * Whether an object of this apiVersion and kind is served by Kubernetes {@code 1.minor}: a
   * built-in group whose version the table knows must be served; any other built-in version is
   * taken as served.
   */
  public static boolean served(String apiVersion, String kind, int minor) {
    return lookup(apiVersion, kind).map(e -> e.servedIn(minor)).orElse(true);
  }

  /**
   * The older version of {@code kind} that Kubernetes {@code 1.minor} serves in place of {@code
   * apiVersion}, when {@code apiVersion} is not served yet and the older one has the same fields:
   * the kinds whose GA version only renamed the beta (CronJob, HorizontalPodAutoscaler,
   * PodDisruptionBudget, EndpointSlice). Empty when {@code apiVersion} is served or has no such
   * predecessor.
   */
  public static Optional<String> servedPredecessor(String apiVersion, String kind, int minor) {
    if (!SAME_FIELDS_AS_BETA.contains(kind) || served(apiVersion, kind, minor)) {
      return Optional.empty();
    }
    return ENTRIES.stream()
        .filter(e -> e.kind().equals(kind) && e.replacement().equals(apiVersion))
        .filter(e -> e.servedIn(minor))
        .max(Comparator.comparingInt(Entry::since))
        .map(Entry::apiVersion);
  }

  /** Whether the table knows {@code kind} in this group at any version. */
  static boolean knows(ApiKind kind) {
    return KNOWN_KINDS.contains(kind.key());
  }
}
