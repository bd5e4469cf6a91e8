package dev.stackwright.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether a policy that is not a Kubernetes NetworkPolicy selects a pod, for the report's posture:
 * Cilium's policies by {@code endpointSelector} (its {@code k8s:io.kubernetes.pod.namespace} label
 * matched against the pod's namespace), Calico's by their {@code selector} expression (the {@code
 * all()} and {@code key == 'value' && ...} forms Stackwright writes; any other expression is not
 * claimed to select anything), and Istio's AuthorizationPolicy by {@code selector.matchLabels} or,
 * without one, its whole namespace.
 */
final class OtherPolicies {
  private static final char QUOTE = '\'';
  private static final String CILIUM_NAMESPACE = "k8s:io.kubernetes.pod.namespace";

  private OtherPolicies() {}

  /** Whether {@code tree} is one of the policies this class reads. */
  static boolean isPolicy(JsonNode tree) {
    String kind = tree.path("kind").asText();
    boolean cniPolicy =
        kind.endsWith("NetworkPolicy")
            && !tree.path("apiVersion").asText().startsWith("networking.k8s.io/");
    return cniPolicy || kind.equals("AuthorizationPolicy");
  }

  /** Whether {@code policy} selects a pod labelled {@code labels} in {@code namespace}. */
  static boolean selects(JsonNode policy, String namespace, JsonNode labels) {
    String kind = policy.path("kind").asText();
    String group = policy.path("apiVersion").asText().split("/", -1)[0];
    String policyNamespace = policy.path("metadata").path("namespace").asText("");
    JsonNode spec = policy.path("spec");
    return switch (group + "/" + kind) {
      case "cilium.io/CiliumNetworkPolicy" ->
          policyNamespace.equals(namespace) && cilium(spec, namespace, labels);
      case "cilium.io/CiliumClusterwideNetworkPolicy" -> cilium(spec, namespace, labels);
      case "projectcalico.org/NetworkPolicy", "crd.projectcalico.org/NetworkPolicy" ->
          policyNamespace.equals(namespace) && calico(spec.path("selector").asText(""), labels);
      case "projectcalico.org/GlobalNetworkPolicy", "crd.projectcalico.org/GlobalNetworkPolicy" ->
          calico(spec.path("selector").asText(""), labels);
      case "security.istio.io/AuthorizationPolicy" ->
          policyNamespace.equals(namespace)
              && (!spec.has("selector")
                  || Posture.selects(spec.path("selector"), withNamespace(labels, namespace)));
      default -> false;
    };
  }

  private static boolean cilium(JsonNode spec, String namespace, JsonNode labels) {
    JsonNode withNs = withNamespace(labels, namespace);
    if (spec.has("endpointSelector")) {
      return Posture.selects(spec.path("endpointSelector"), withNs);
    }
    for (JsonNode s : spec.path("specs")) {
      if (Posture.selects(s.path("endpointSelector"), withNs)) {
        return true;
      }
    }
    return false;
  }

  /** The pod's labels plus Cilium's namespace label, so one selector check covers both. */
  private static JsonNode withNamespace(JsonNode labels, String namespace) {
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    if (labels.isObject()) {
      all.setAll((ObjectNode) labels);
    }
    all.put(CILIUM_NAMESPACE, namespace);
    return all;
  }

  /** A Calico selector of the forms Stackwright writes; false for anything else. */
  static boolean calico(String selector, JsonNode labels) {
    String s = selector.trim();
    if (s.equals("all()")) {
      return true;
    }
    if (s.isEmpty()) {
      return false;
    }
    for (String term : s.split("&&", -1)) {
      String[] sides = term.split("==", -1);
      if (sides.length != 2) {
        return false;
      }
      String key = sides[0].trim();
      String value = sides[1].trim();
      if (value.length() < 2
          || value.charAt(0) != QUOTE
          || value.charAt(value.length() - 1) != QUOTE) {
        return false;
      }
      JsonNode actual = labels.get(key);
      if (actual == null || !actual.asText().equals(value.substring(1, value.length() - 1))) {
        return false;
      }
    }
    return true;
  }
}
