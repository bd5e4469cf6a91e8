package dev.stackwright.core.helm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an object refers to the stack's default namespace, so the chart writes {@code {{
 * .Release.Namespace }}} there instead and {@code helm install -n other} moves the whole default
 * namespace. It follows only references whose meaning is certain:
 *
 * <ul>
 *   <li>a string field called {@code namespace} (an object's own {@code metadata.namespace}, a
 *       RoleBinding subject, a route's parent or backend reference, an Argo CD destination);
 *   <li>the name of the namespace's own Namespace object;
 *   <li>a namespace selector on {@code kubernetes.io/metadata.name} (in {@code matchLabels} or a
 *       {@code matchExpressions} entry) and the items of {@code matchNames} and of an Istio
 *       source's {@code namespaces} / {@code notNamespaces};
 *   <li>inside any string: a Service DNS name {@code <service>.<ns>.svc[.cluster.local]}, an Istio
 *       identity {@code .../ns/<ns>/sa/...} and a Linkerd identity {@code
 *       <sa>.<ns>.serviceaccount.identity...}, and the OpenTelemetry resource attribute {@code
 *       k8s.namespace.name=<ns>}.
 * </ul>
 *
 * Free text that merely contains the namespace (a PromQL {@code namespace="shop"} matcher in an
 * alert or a dashboard, the logical OpenTelemetry {@code service.namespace}) stays as it is: it
 * cannot be told apart from any other word safely.
 */
final class ReleaseNamespace {
  static final String EXPRESSION = ".Release.Namespace";
  private static final String SELECTOR_LABEL = "kubernetes.io/metadata.name";
  private static final Set<String> NAME_LISTS = Set.of("matchNames", "namespaces", "notNamespaces");

  private final String namespace;
  private final Pattern embedded;

  /** The references to {@code namespace}, the stack's default namespace. */
  ReleaseNamespace(String namespace) {
    this.namespace = namespace;
    String ns = Pattern.quote(namespace);
    this.embedded =
        Pattern.compile(
            "(?<=[A-Za-z0-9*]\\.)"
                + ns
                + "(?=\\.svc(?:\\.cluster\\.local)?(?![A-Za-z0-9-])(?!\\.[A-Za-z0-9]))"
                + "|(?<=/ns/)"
                + ns
                + "(?=/sa/)"
                + "|(?<=[a-z0-9]\\.)"
                + ns
                + "(?=\\.serviceaccount\\.identity\\.)"
                + "|(?<=k8s\\.namespace\\.name=)"
                + ns
                + "(?![A-Za-z0-9.-])");
  }

  /**
   * The slots of {@code object} (whose JSON form is {@code tree}) that refer to the namespace,
   * leaving out fields at or under a pointer another slot already templates.
   */
  List<Slot> slots(String objectKey, String kind, JsonNode tree, List<Slot> taken) {
    List<Slot> out = new ArrayList<>();
    walk(tree, JsonPointer.empty(), "", out, objectKey);
    if (kind.equals("Namespace") && namespace.equals(tree.path("metadata").path("name").asText())) {
      out.add(new Slot(objectKey, "/metadata/name", EXPRESSION + " | toJson"));
    }
    out.removeIf(s -> taken.stream().anyMatch(t -> covers(t.pointer(), s.pointer())));
    return out;
  }

  private static boolean covers(String outer, String inner) {
    return inner.equals(outer) || inner.startsWith(outer + "/");
  }

  private void walk(JsonNode node, JsonPointer at, String key, List<Slot> out, String objectKey) {
    if (node.isObject()) {
      boolean selectorExpression = node.path("key").asText().equals(SELECTOR_LABEL);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonPointer child = at.appendProperty(field.getKey());
        JsonNode value = field.getValue();
        boolean whole =
            (field.getKey().equals("namespace") || field.getKey().equals(SELECTOR_LABEL))
                && value.isTextual()
                && value.asText().equals(namespace);
        if (whole) {
          out.add(new Slot(objectKey, child.toString(), EXPRESSION + " | toJson"));
        } else if (selectorExpression && field.getKey().equals("values")) {
          walk(value, child, "matchNames", out, objectKey);
        } else {
          walk(value, child, field.getKey(), out, objectKey);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        JsonPointer child = at.appendIndex(i);
        if (NAME_LISTS.contains(key) && item.isTextual() && item.asText().equals(namespace)) {
          out.add(new Slot(objectKey, child.toString(), EXPRESSION + " | toJson"));
        } else {
          walk(item, child, key, out, objectKey);
        }
      }
    } else if (node.isTextual()) {
      embedded(node.asText()).ifPresent(e -> out.add(new Slot(objectKey, at.toString(), e)));
    }
  }

  /** The expression that rebuilds {@code text} with the release namespace, if it refers to it. */
  private Optional<String> embedded(String text) {
    Matcher m = embedded.matcher(text);
    StringBuilder expression = new StringBuilder("print");
    int from = 0;
    boolean found = false;
    while (m.find()) {
      found = true;
      if (m.start() > from) {
        expression.append(' ').append(Slot.literal(text.substring(from, m.start())));
      }
      expression.append(' ').append(EXPRESSION);
      from = m.end();
    }
    if (!found) {
      return Optional.empty();
    }
    if (from < text.length()) {
      expression.append(' ').append(Slot.literal(text.substring(from)));
    }
    return Optional.of(expression.append(" | toJson").toString());
  }
}
