package dev.stackwright.core.helm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.ValueType;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.ValueBinding;
import dev.stackwright.core.yaml.Yaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fields every Stackwright chart templates, because teams change them per environment: each
 * workload's replicas (only where no HorizontalPodAutoscaler owns the count), container images
 * (repository and tag) and resources, autoscaling bounds, and each route's hosts. Values are
 * grouped under a key per component that made the object (see {@link ValueKeys}), so two components
 * can never share a value.
 */
final class KnownValues {
  final List<ValueBinding> values = new ArrayList<>();
  final List<Slot> slots = new ArrayList<>();
  private final NavigableMap<String, String> owners = new TreeMap<>();
  private final List<Claim> claims = new ArrayList<>();
  private final Set<String> autoscaled = new LinkedHashSet<>();

  /**
   * A group of values one object claims together, with paths relative to its component's key.
   *
   * @param origin the component whose key prefixes the paths
   * @param objectKey the object holding the fields
   * @param pointer the field the values stand for
   * @param values the values: relative path, type and default
   * @param fields the templated fields: pointer and the expression for a values prefix
   */
  private record Claim(
      ComponentId origin,
      String objectKey,
      String pointer,
      List<Value> values,
      List<Field> fields) {}

  private record Value(String path, ValueType type, Object value) {}

  private record Field(String pointer, Function<String, String> expression) {}

  /** The user's own values, which claim their paths before any known value. */
  KnownValues(List<ValueBinding> userValues) {
    for (ValueBinding b : userValues) {
      owners.put(b.path(), b.objectKey());
      values.add(b);
      slots.add(new Slot(b.objectKey(), b.pointer(), Slot.read(b.path()) + " | toJson"));
    }
  }

  /** Notes the workloads a HorizontalPodAutoscaler scales: their replicas are not a value. */
  void noteAutoscaler(SynthObject entry, JsonNode tree) {
    if (entry.object().getKind().equals("HorizontalPodAutoscaler")) {
      JsonNode target = tree.path("spec").path("scaleTargetRef");
      autoscaled.add(
          target.path("kind").asText()
              + "/"
              + entry.object().getMetadata().getNamespace()
              + "/"
              + target.path("name").asText());
    }
  }

  /** Finds the known fields of {@code entry}, whose JSON form is {@code tree}. */
  void collect(SynthObject entry, JsonNode tree) {
    String key = ValueBinding.keyOf(entry.object());
    ComponentId origin = entry.origin();
    switch (entry.object().getKind()) {
      case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet" -> {
        if (!autoscaled.contains(key)) {
          scalar(origin, key, tree, "/spec/replicas", "replicas", ValueType.INTEGER);
        }
        containers(origin, key, tree, "/spec/template/spec");
      }
      case "CronJob" -> containers(origin, key, tree, "/spec/jobTemplate/spec/template/spec");
      case "HorizontalPodAutoscaler" -> {
        scalar(
            origin, key, tree, "/spec/minReplicas", "autoscaling.minReplicas", ValueType.INTEGER);
        scalar(
            origin, key, tree, "/spec/maxReplicas", "autoscaling.maxReplicas", ValueType.INTEGER);
      }
      case "Ingress" -> ingressHosts(origin, key, tree);
      case "HTTPRoute" -> scalar(origin, key, tree, "/spec/hostnames", "hostnames", ValueType.LIST);
      default -> {
        // Other kinds have no per-environment fields by default; users mark more with ChartValue.
      }
    }
  }

  /** The components that have known values, in the order found. */
  Set<ComponentId> contributors() {
    Set<ComponentId> contributors = new LinkedHashSet<>();
    claims.forEach(c -> contributors.add(c.origin()));
    return contributors;
  }

  /**
   * Binds every collected field under its component's key ({@code keys}, see {@link ValueKeys}). A
   * claim whose path is taken already (by a user's value, or by another object of the same
   * component) stays as it is in the plain output.
   */
  void bind(Map<ComponentId, String> keys) {
    for (Claim c : claims) {
      String prefix = keys.get(c.origin());
      if (!c.values().stream().allMatch(v -> free(prefix + "." + v.path()))) {
        continue;
      }
      for (Value v : c.values()) {
        owners.put(prefix + "." + v.path(), c.objectKey());
        values.add(
            new ValueBinding(
                c.objectKey(), c.pointer(), prefix + "." + v.path(), v.type(), v.value()));
      }
      for (Field f : c.fields()) {
        slots.add(new Slot(c.objectKey(), f.pointer(), f.expression().apply(prefix)));
      }
    }
  }

  /** Whether no value owns {@code path}, a map above it or a value below it. */
  private boolean free(String path) {
    for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
      if (owners.containsKey(path.substring(0, dot))) {
        return false;
      }
    }
    return !owners.containsKey(path) && owners.subMap(path + ".", path + "/").isEmpty();
  }

  private void containers(ComponentId origin, String key, JsonNode tree, String podSpec) {
    JsonNode containers = tree.at(podSpec + "/containers");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode c = containers.get(i);
      String base = "containers." + c.path("name").asText();
      String pointer = podSpec + "/containers/" + i;
      image(origin, key, c.path("image").asText(""), pointer + "/image", base + ".image");
      JsonNode resources = c.path("resources");
      if (resources.isObject() && !resources.isEmpty()) {
        scalar(origin, key, tree, pointer + "/resources", base + ".resources", ValueType.MAP);
      }
    }
  }

  private void image(ComponentId origin, String key, String image, String pointer, String path) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (image.isEmpty()) {
      return;
    }
    if (image.contains("@") || colon <= slash) {
      claims.add(
          new Claim(
              origin,
              key,
              pointer,
              List.of(new Value(path, ValueType.STRING, image)),
              List.of(new Field(pointer, p -> Slot.read(p + "." + path) + " | toJson"))));
      return;
    }
    claims.add(
        new Claim(
            origin,
            key,
            pointer,
            List.of(
                new Value(path + ".repository", ValueType.STRING, image.substring(0, colon)),
                new Value(path + ".tag", ValueType.STRING, image.substring(colon + 1))),
            List.of(
                new Field(
                    pointer,
                    p ->
                        "printf \"%s:%s\" ("
                            + Slot.read(p + "." + path + ".repository")
                            + ") ("
                            + Slot.read(p + "." + path + ".tag")
                            + ") | toJson"))));
  }

  private void ingressHosts(ComponentId origin, String key, JsonNode tree) {
    JsonNode rules = tree.at("/spec/rules");
    List<Object> hosts = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      String host = rules.get(i).path("host").asText("");
      if (!host.isEmpty() && !index.containsKey(host)) {
        index.put(host, hosts.size());
        hosts.add(host);
      }
    }
    if (hosts.isEmpty()) {
      return;
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Integer at = index.get(rules.get(i).path("host").asText(""));
      if (at != null) {
        fields.add(new Field("/spec/rules/" + i + "/host", p -> hostAt(p + ".hosts", at)));
      }
    }
    JsonNode tls = tree.at("/spec/tls");
    for (int t = 0; t < tls.size(); t++) {
      JsonNode tlsHosts = tls.get(t).path("hosts");
      for (int h = 0; h < tlsHosts.size(); h++) {
        Integer at = index.get(tlsHosts.get(h).asText());
        if (at != null) {
          fields.add(new Field("/spec/tls/" + t + "/hosts/" + h, p -> hostAt(p + ".hosts", at)));
        }
      }
    }
    claims.add(
        new Claim(
            origin,
            key,
            "/spec/rules",
            List.of(new Value("hosts", ValueType.LIST, hosts)),
            fields));
  }

  private static String hostAt(String path, int index) {
    return "index (" + Slot.read(path) + ") " + index + " | toJson";
  }

  private void scalar(
      ComponentId origin, String key, JsonNode tree, String pointer, String path, ValueType type) {
    JsonNode node = tree.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    Object value = Yaml.json().convertValue(node, Object.class);
    claims.add(
        new Claim(
            origin,
            key,
            pointer,
            List.of(new Value(path, type, value)),
            List.of(new Field(pointer, p -> Slot.read(p + "." + path) + " | toJson"))));
  }
}
