package dev.stackwright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The object-level pass: what the API server would refuse in one synthesized object, whichever
 * component or patch made it. Every object's metadata is checked (name per kind, namespace, label
 * and annotation keys and values, annotation size); built-in kinds are also checked inside (pod
 * templates and their labels, selectors, resource amounts, CronJob time zones, names the
 * controllers derive from the object's name, a few enums), and Flux objects' Go durations. Each
 * rule is defined once, in {@link Names}, {@link Labels}, {@link Quantities} and {@link TimeZones};
 * this class only knows where the fields are. One pass may check objects on several threads at
 * once: it holds nothing that a check changes.
 */
public final class ObjectChecks {
  private static final Set<String> WORKLOADS =
      Set.of("apps/Deployment", "apps/StatefulSet", "apps/DaemonSet", "apps/ReplicaSet");

  /** Built-in kinds, besides the workloads, whose fields inside the object are checked. */
  private static final Set<String> INSIDE =
      Set.of(
          "batch/Job",
          "batch/CronJob",
          "/Pod",
          "/PodTemplate",
          "/ReplicationController",
          "/Service",
          "policy/PodDisruptionBudget",
          "networking.k8s.io/NetworkPolicy",
          "/ResourceQuota",
          "/LimitRange",
          "/PersistentVolumeClaim",
          "/PersistentVolume");

  private static final Set<String> PULL_POLICIES = Set.of("Always", "IfNotPresent", "Never");
  private static final Set<String> RESTART_POLICIES = Set.of("Always", "OnFailure", "Never");
  private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");
  private static final Set<String> SERVICE_TYPES =
      Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");
  private static final Set<String> FLUX_GROUPS =
      Set.of("source.toolkit.fluxcd.io", "helm.toolkit.fluxcd.io", "kustomize.toolkit.fluxcd.io");

  private final Map<String, String> inheritedAnnotations;
  private final ConfigReferences references;

  /**
   * A pass over the objects of one stack.
   *
   * @param inheritedAnnotations annotations the stack adds to every object later, counted in the
   *     size limit
   * @param references what the stack provides for pods to refer to by name
   */
  public ObjectChecks(Map<String, String> inheritedAnnotations, ConfigReferences references) {
    this.inheritedAnnotations = Map.copyOf(inheritedAnnotations);
    this.references = references;
  }

  /**
   * Checks {@code object}, reporting to {@code at} (positioned at the object, e.g. {@code stack
   * shop / workload api / Deployment api}).
   */
  public void check(HasMetadata object, Checks at) {
    ObjectMeta meta = object.getMetadata();
    String kind = object.getKind();
    if (meta == null || meta.getName() == null) {
      at.error(Rules.INVALID_NAME, "metadata.name", "the object has no name");
    } else {
      at.objectName("metadata.name", kind, meta.getName());
    }
    if (meta == null) {
      return;
    }
    if (meta.getNamespace() != null) {
      at.label("metadata.namespace", meta.getNamespace());
    }
    at.labels("metadata.labels", meta.getLabels());
    at.annotations("metadata.annotations", meta.getAnnotations(), inheritedAnnotations);
    String type = KnownKinds.groupOf(object.getApiVersion()) + "/" + kind;
    if (WORKLOADS.contains(type)
        || INSIDE.contains(type)
        || FLUX_GROUPS.contains(KnownKinds.groupOf(object.getApiVersion()))) {
      inside(type, Yaml.tree(object), meta.getName(), meta.getNamespace(), at);
    }
  }

  private void inside(String type, JsonNode tree, String name, String namespace, Checks at) {
    JsonNode spec = tree.path("spec");
    if (WORKLOADS.contains(type) || type.equals("batch/Job")) {
      selector(spec.path("selector"), "spec.selector", at);
      podTemplate(spec.path("template"), "spec.template", namespace, at);
    }
    if (type.equals("apps/StatefulSet")) {
      statefulSet(spec, name, at);
    }
    if (type.equals("batch/Job") && name != null && name.length() > Labels.MAX_NAME) {
      at.error(
          Rules.INVALID_NAME,
          "metadata.name",
          "a Job name must be at most 63 characters (its pods carry it in the job-name label),"
              + " was %d",
          name.length());
    }
    switch (type) {
      case "batch/CronJob" -> {
        JsonNode job = spec.path("jobTemplate");
        at.labels("spec.jobTemplate.metadata.labels", strings(job.path("metadata").path("labels")));
        selector(job.path("spec").path("selector"), "spec.jobTemplate.spec.selector", at);
        podTemplate(
            job.path("spec").path("template"), "spec.jobTemplate.spec.template", namespace, at);
        if (spec.hasNonNull("timeZone")) {
          at.timeZone("spec.timeZone", spec.get("timeZone").asText());
        }
      }
      case "/Pod" -> podSpec(spec, "spec", namespace, at);
      case "/PodTemplate" -> podTemplate(tree.path("template"), "template", namespace, at);
      case "/ReplicationController" -> {
        at.labels("spec.selector", strings(spec.path("selector")));
        podTemplate(spec.path("template"), "spec.template", namespace, at);
      }
      case "/Service" -> {
        at.labels("spec.selector", strings(spec.path("selector")));
        oneOf(spec.path("type"), SERVICE_TYPES, "spec.type", at);
        forEach(
            spec.path("ports"),
            "spec.ports",
            (p, f) -> oneOf(p.path("protocol"), PROTOCOLS, f + ".protocol", at));
      }
      case "policy/PodDisruptionBudget" -> selector(spec.path("selector"), "spec.selector", at);
      case "networking.k8s.io/NetworkPolicy" -> networkPolicy(spec, at);
      case "/ResourceQuota" -> amounts(spec.path("hard"), "spec.hard", at);
      case "/LimitRange" ->
          forEach(
              spec.path("limits"),
              "spec.limits",
              (l, f) -> {
                for (String part : new String[] {"max", "min", "default", "defaultRequest"}) {
                  amounts(l.path(part), f + "." + part, at);
                }
              });
      case "/PersistentVolumeClaim" -> {
        amounts(spec.path("resources").path("requests"), "spec.resources.requests", at);
        amounts(spec.path("resources").path("limits"), "spec.resources.limits", at);
      }
      case "/PersistentVolume" -> amounts(spec.path("capacity"), "spec.capacity", at);
      default -> {
        // Flux objects: reconcile intervals and timeouts are Go durations.
        for (String field : new String[] {"interval", "timeout", "retryInterval"}) {
          if (spec.hasNonNull(field)) {
            String problem = Durations.problem(spec.get(field).asText());
            if (problem != null) {
              at.error(Rules.INVALID_DURATION, "spec." + field, "%s", problem);
            }
          }
        }
      }
    }
  }

  private static void statefulSet(JsonNode spec, String name, Checks at) {
    if (name == null) {
      return;
    }
    int replicas = spec.path("replicas").asInt(1);
    String lastPod = name + "-" + Math.max(0, replicas - 1);
    if (name.length() > Names.MAX_STATEFULSET_NAME) {
      at.error(
          Rules.INVALID_NAME,
          "metadata.name",
          "a StatefulSet name must be at most 52 characters: its pods carry the label"
              + " controller-revision-hash=<name>-<10-character hash>, which must fit 63, was %d",
          name.length());
    }
    forEach(
        spec.path("volumeClaimTemplates"),
        "spec.volumeClaimTemplates",
        (t, f) -> {
          String template = t.path("metadata").path("name").asText("");
          String claim = template + "-" + lastPod;
          String problem = Names.subdomainProblem(claim);
          if (!template.isEmpty() && problem != null) {
            at.error(
                Rules.INVALID_NAME,
                f + ".metadata.name",
                "the claim name %s (template-pod) is not valid: %s",
                claim,
                problem);
          }
          at.labels(f + ".metadata.labels", strings(t.path("metadata").path("labels")));
          amounts(
              t.path("spec").path("resources").path("requests"),
              f + ".spec.resources.requests",
              at);
          amounts(
              t.path("spec").path("resources").path("limits"), f + ".spec.resources.limits", at);
        });
  }

  private void podTemplate(JsonNode template, String field, String namespace, Checks at) {
    if (template.isMissingNode() || template.isNull()) {
      return;
    }
    JsonNode meta = template.path("metadata");
    at.labels(field + ".metadata.labels", strings(meta.path("labels")));
    at.annotations(field + ".metadata.annotations", strings(meta.path("annotations")), Map.of());
    podSpec(template.path("spec"), field + ".spec", namespace, at);
  }

  private void podSpec(JsonNode spec, String field, String namespace, Checks at) {
    references.check(spec, field, namespace, at);
    for (String list : new String[] {"initContainers", "containers", "ephemeralContainers"}) {
      forEach(
          spec.path(list),
          field + "." + list,
          (c, f) -> {
            amounts(c.path("resources").path("requests"), f + ".resources.requests", at);
            amounts(c.path("resources").path("limits"), f + ".resources.limits", at);
            oneOf(c.path("imagePullPolicy"), PULL_POLICIES, f + ".imagePullPolicy", at);
            forEach(
                c.path("ports"),
                f + ".ports",
                (p, pf) -> oneOf(p.path("protocol"), PROTOCOLS, pf + ".protocol", at));
          });
    }
    oneOf(spec.path("restartPolicy"), RESTART_POLICIES, field + ".restartPolicy", at);
    at.labels(field + ".nodeSelector", strings(spec.path("nodeSelector")));
    forEach(
        spec.path("topologySpreadConstraints"),
        field + ".topologySpreadConstraints",
        (t, f) -> selector(t.path("labelSelector"), f + ".labelSelector", at));
    for (String kind : new String[] {"podAffinity", "podAntiAffinity"}) {
      JsonNode affinity = spec.path("affinity").path(kind);
      String f = field + ".affinity." + kind;
      forEach(
          affinity.path("requiredDuringSchedulingIgnoredDuringExecution"),
          f + ".requiredDuringSchedulingIgnoredDuringExecution",
          (t, tf) -> selector(t.path("labelSelector"), tf + ".labelSelector", at));
      forEach(
          affinity.path("preferredDuringSchedulingIgnoredDuringExecution"),
          f + ".preferredDuringSchedulingIgnoredDuringExecution",
          (t, tf) ->
              selector(
                  t.path("podAffinityTerm").path("labelSelector"),
                  tf + ".podAffinityTerm.labelSelector",
                  at));
    }
    forEach(
        spec.path("volumes"),
        field + ".volumes",
        (v, f) -> {
          JsonNode size = v.path("emptyDir").path("sizeLimit");
          if (size.isValueNode()) {
            amount(size.asText(), f + ".emptyDir.sizeLimit", at);
          }
        });
  }

  private static void networkPolicy(JsonNode spec, Checks at) {
    selector(spec.path("podSelector"), "spec.podSelector", at);
    for (String[] direction : new String[][] {{"ingress", "from"}, {"egress", "to"}}) {
      forEach(
          spec.path(direction[0]),
          "spec." + direction[0],
          (rule, rf) ->
              forEach(
                  rule.path(direction[1]),
                  rf + "." + direction[1],
                  (peer, pf) -> {
                    selector(peer.path("podSelector"), pf + ".podSelector", at);
                    selector(peer.path("namespaceSelector"), pf + ".namespaceSelector", at);
                  }));
    }
  }

  /** A label selector: {@code matchLabels} and {@code matchExpressions}. */
  private static void selector(JsonNode selector, String field, Checks at) {
    if (!selector.isObject()) {
      return;
    }
    at.labels(field + ".matchLabels", strings(selector.path("matchLabels")));
    forEach(
        selector.path("matchExpressions"),
        field + ".matchExpressions",
        (e, f) -> {
          String key = e.path("key").asText("");
          String keyProblem = Labels.keyProblem(key);
          if (keyProblem != null) {
            at.error(Rules.INVALID_LABEL, f + ".key", "%s", keyProblem);
          }
          String operator = e.path("operator").asText("");
          JsonNode values = e.path("values");
          int count = values.isArray() ? values.size() : 0;
          if (!OPERATORS.contains(operator)) {
            at.error(
                Rules.INVALID_SELECTOR,
                f + ".operator",
                "expected In, NotIn, Exists or DoesNotExist, was \"%s\"",
                operator);
          } else if ((operator.equals("In") || operator.equals("NotIn")) && count == 0) {
            at.error(
                Rules.INVALID_SELECTOR,
                f + ".values",
                "operator %s needs at least one value",
                operator);
          } else if ((operator.equals("Exists") || operator.equals("DoesNotExist")) && count > 0) {
            at.error(
                Rules.INVALID_SELECTOR,
                f + ".values",
                "operator %s takes no values, found %d",
                operator,
                count);
          }
          for (int i = 0; i < count; i++) {
            String problem = Labels.valueProblem(values.get(i).asText());
            if (problem != null) {
              at.error(Rules.INVALID_LABEL, f + ".values[" + i + "]", "%s", problem);
            }
          }
        });
  }

  private static void amounts(JsonNode map, String field, Checks at) {
    if (!map.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      amount(e.getValue().asText(), field + "." + e.getKey(), at);
    }
  }

  private static void amount(String value, String field, Checks at) {
    String problem = Quantities.amountProblem(value);
    if (problem != null) {
      at.error(Rules.INVALID_QUANTITY, field, "%s", problem);
    }
  }

  private static void oneOf(JsonNode value, Set<String> allowed, String field, Checks at) {
    if (value.isValueNode() && !allowed.contains(value.asText())) {
      at.error(
          Rules.INVALID_ENUM,
          field,
          "expected one of %s, was \"%s\"",
          String.join(", ", allowed.stream().sorted().toList()),
          value.asText());
    }
  }

  /** A JSON object of strings as a map; an absent field is an empty map. */
  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isObject()) {
      node.properties()
          .forEach(e -> map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    }
    return map;
  }

  private static void forEach(JsonNode array, String field, Element each) {
    if (array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        each.check(array.get(i), field + "[" + i + "]");
      }
    }
  }

  /** A check of one element of an array, given the element and its field path. */
  @FunctionalInterface
  private interface Element {
    void check(JsonNode element, String field);
  }
}
