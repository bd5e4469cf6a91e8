package dev.stackwright.core.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The {@code kubeVersion} constraint of a chart: the oldest Kubernetes whose API server accepts
 * every object of the chart as written, so that {@code helm install} refuses an older cluster
 * instead of the API server silently dropping a field it does not know (a CronJob's {@code
 * timeZone} on 1.24 runs the job in UTC, for one).
 *
 * <p>The floor is Kubernetes 1.25 for every chart: Pod Security Admission, which enforces the
 * {@code restricted} profile Stackwright writes every pod for, is stable from 1.25 (and
 * PodSecurityPolicy is gone), and from 1.25 the API server reports unknown fields instead of
 * dropping them. It rises with what the objects use:
 *
 * <ul>
 *   <li>1.27: a CronJob {@code timeZone} (stable in 1.27), a PodDisruptionBudget {@code
 *       unhealthyPodEvictionPolicy} (beta and on by default from 1.27);
 *   <li>1.29: a sidecar, an init container with {@code restartPolicy: Always} (beta and on by
 *       default from 1.29); {@code flowcontrol.apiserver.k8s.io/v1};
 *   <li>1.30: {@code admissionregistration.k8s.io/v1} ValidatingAdmissionPolicy and its binding.
 * </ul>
 *
 * The built-in apiVersions Stackwright writes otherwise (autoscaling/v2 HPA from 1.23, policy/v1
 * PDB and batch/v1 CronJob from 1.21, networking.k8s.io/v1 from 1.19) are all below the floor.
 */
final class KubeVersion {
  /** The minor version every chart needs at least. */
  static final int FLOOR = 25;

  private static final Map<String, Integer> KINDS =
      Map.of(
          "flowcontrol.apiserver.k8s.io/v1/FlowSchema", 29,
          "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration", 29,
          "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy", 30,
          "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding", 30);

  private int minor = FLOOR;

  /** Raises the floor to what {@code object} (its JSON form) needs. */
  void require(JsonNode object) {
    String kind = object.path("kind").asText();
    raise(KINDS.getOrDefault(object.path("apiVersion").asText() + "/" + kind, FLOOR));
    JsonNode spec = object.path("spec");
    if (kind.equals("CronJob") && spec.hasNonNull("timeZone")) {
      raise(27);
    }
    if (kind.equals("PodDisruptionBudget") && spec.hasNonNull("unhealthyPodEvictionPolicy")) {
      raise(27);
    }
    if (hasSidecar(spec)) {
      raise(29);
    }
  }

  /** Raises the floor to what {@code other} needs. */
  void require(KubeVersion other) {
    raise(other.minor);
  }

  /** The constraint for Chart.yaml, e.g. {@code >=1.27.0-0} (pre-releases such as EKS's too). */
  String constraint() {
    return ">=1." + minor + ".0-0";
  }

  private void raise(int needed) {
    minor = Math.max(minor, needed);
  }

  /** Whether any pod spec under {@code node} has an init container that restarts always. */
  private static boolean hasSidecar(JsonNode node) {
    if (node.isObject()) {
      for (JsonNode init : node.path("initContainers")) {
        if (init.path("restartPolicy").asText().equals("Always")) {
          return true;
        }
      }
      for (JsonNode child : node) {
        if (hasSidecar(child)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        if (hasSidecar(child)) {
          return true;
        }
      }
    }
    return false;
  }
}
