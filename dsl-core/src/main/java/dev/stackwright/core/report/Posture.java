package dev.stackwright.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.synth.SynthObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The security posture of a synthesized stack, read from the objects it writes (so raw objects and
 * upstream releases' own objects count too): each namespace's Pod Security Admission levels, and
 * for each pod template whether it meets the Pod Security Standards "restricted" profile, why not,
 * and which policies select it: Kubernetes NetworkPolicies, the CNI's own (Cilium's {@code
 * CiliumNetworkPolicy} and clusterwide policies, Calico's {@code NetworkPolicy} and {@code
 * GlobalNetworkPolicy}) and the mesh's (Istio's {@code AuthorizationPolicy}), each but the first
 * named with its kind.
 *
 * @param namespaces the namespaces by name, with their enforced, audited and warned levels
 * @param pods the pod templates in apply order
 */
record Posture(Map<String, Levels> namespaces, List<Pod> pods) {
  private static final String PSA = "pod-security.kubernetes.io/";

  /**
   * A namespace's Pod Security Admission labels ({@code -} when absent).
   *
   * @param enforce the enforced level
   * @param audit the audited level
   * @param warn the level that warns
   */
  record Levels(String enforce, String audit, String warn) {}

  /**
   * A pod template and its posture.
   *
   * @param object the object that holds it, e.g. {@code Deployment shop/api}
   * @param namespace its namespace, or empty
   * @param violations why it is not restricted; empty when it is
   * @param readOnlyRoot whether every container has a read-only root filesystem
   * @param policies the NetworkPolicies that select it
   */
  record Pod(
      String object,
      String namespace,
      List<String> violations,
      boolean readOnlyRoot,
      List<String> policies) {
    boolean restricted() {
      return violations.isEmpty();
    }
  }

  /** The posture of {@code entries}, whose JSON trees are {@code trees} (same order). */
  static Posture of(List<SynthObject> entries, List<JsonNode> trees) {
    Map<String, Levels> namespaces = new TreeMap<>();
    Map<String, List<JsonNode>> policies = new HashMap<>();
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode t : trees) {
      if (OtherPolicies.isPolicy(t)) {
        others.add(t);
      }
      String kind = t.path("kind").asText();
      JsonNode meta = t.path("metadata");
      if (kind.equals("Namespace")) {
        JsonNode labels = meta.path("labels");
        namespaces.put(
            meta.path("name").asText(),
            new Levels(
                labels.path(PSA + "enforce").asText("-"),
                labels.path(PSA + "audit").asText("-"),
                labels.path(PSA + "warn").asText("-")));
      } else if (kind.equals("NetworkPolicy")
          && t.path("apiVersion").asText().startsWith("networking.k8s.io/")) {
        policies.computeIfAbsent(meta.path("namespace").asText(""), k -> new ArrayList<>()).add(t);
      }
    }
    List<Pod> pods = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      JsonNode t = trees.get(i);
      JsonNode template = template(t);
      if (template == null) {
        continue;
      }
      String ns = t.path("metadata").path("namespace").asText("");
      JsonNode labels = template.path("metadata").path("labels");
      List<String> covering = new ArrayList<>();
      for (JsonNode p : policies.getOrDefault(ns, List.of())) {
        if (selects(p.path("spec").path("podSelector"), labels)) {
          covering.add(p.path("metadata").path("name").asText());
        }
      }
      for (JsonNode p : others) {
        if (OtherPolicies.selects(p, ns, labels)) {
          covering.add(
              p.path("metadata").path("name").asText() + " (" + p.path("kind").asText() + ")");
        }
      }
      JsonNode spec =
          t.path("kind").asText().equals("Pod") ? t.path("spec") : template.path("spec");
      pods.add(
          new Pod(entries.get(i).describe(), ns, violations(spec), readOnlyRoot(spec), covering));
    }
    return new Posture(namespaces, pods);
  }

  /** The pod template of an object that runs pods, or null. */
  private static JsonNode template(JsonNode t) {
    String kind = t.path("kind").asText();
    if (kind.equals("Pod")) {
      return t;
    }
    JsonNode spec = t.path("spec");
    if (kind.equals("CronJob")) {
      spec = spec.path("jobTemplate").path("spec");
    }
    JsonNode template = spec.path("template");
    return template.path("spec").path("containers").isArray() ? template : null;
  }

  static boolean selects(JsonNode selector, JsonNode labels) {
    Iterator<Map.Entry<String, JsonNode>> match =
        selector.path("matchLabels").properties().iterator();
    while (match.hasNext()) {
      Map.Entry<String, JsonNode> e = match.next();
      if (!labels.path(e.getKey()).asText("\0").equals(e.getValue().asText())) {
        return false;
      }
    }
    for (JsonNode expr : selector.path("matchExpressions")) {
      JsonNode value = labels.get(expr.path("key").asText());
      Set<String> values = new HashSet<>();
      expr.path("values").forEach(v -> values.add(v.asText()));
      boolean ok =
          switch (expr.path("operator").asText()) {
            case "In" -> value != null && values.contains(value.asText());
            case "NotIn" -> value == null || !values.contains(value.asText());
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** What keeps a pod spec from the restricted profile of the Pod Security Standards. */
  private static List<String> violations(JsonNode spec) {
    List<String> out = new ArrayList<>();
    for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (spec.path(host).asBoolean(false)) {
        out.add(host);
      }
    }
    for (JsonNode v : spec.path("volumes")) {
      if (v.has("hostPath")) {
        out.add("hostPath volume " + v.path("name").asText());
      }
    }
    JsonNode pod = spec.path("securityContext");
    boolean podNonRoot = pod.path("runAsNonRoot").asBoolean(false);
    String podSeccomp = pod.path("seccompProfile").path("type").asText("");
    for (JsonNode c : containers(spec)) {
      String name = "container " + c.path("name").asText();
      JsonNode sc = c.path("securityContext");
      if (sc.path("privileged").asBoolean(false)) {
        out.add(name + " privileged");
      }
      if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
        out.add(name + " may escalate privileges");
      }
      if (!sc.path("runAsNonRoot").asBoolean(podNonRoot)) {
        out.add(name + " may run as root");
      }
      if (sc.path("runAsUser").asLong(pod.path("runAsUser").asLong(1)) == 0) {
        out.add(name + " runs as user 0");
      }
      String seccomp = sc.path("seccompProfile").path("type").asText(podSeccomp);
      if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
        out.add(name + " seccomp " + (seccomp.isEmpty() ? "unset" : seccomp));
      }
      boolean dropsAll = false;
      for (JsonNode cap : sc.path("capabilities").path("drop")) {
        dropsAll |= cap.asText().equals("ALL");
      }
      if (!dropsAll) {
        out.add(name + " keeps capabilities");
      }
      for (JsonNode cap : sc.path("capabilities").path("add")) {
        if (!cap.asText().equals("NET_BIND_SERVICE")) {
          out.add(name + " adds " + cap.asText());
        }
      }
    }
    return out;
  }

  private static boolean readOnlyRoot(JsonNode spec) {
    for (JsonNode c : containers(spec)) {
      if (!c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
        return false;
      }
    }
    return true;
  }

  private static List<JsonNode> containers(JsonNode spec) {
    List<JsonNode> all = new ArrayList<>();
    spec.path("initContainers").forEach(all::add);
    spec.path("containers").forEach(all::add);
    return all;
  }
}
