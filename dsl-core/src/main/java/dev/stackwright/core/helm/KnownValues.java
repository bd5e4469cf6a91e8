package dev.stackwright.core.helm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ValueType;
import dev.stackwright.core.output.Yaml;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.ValueBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields every Stackwright chart templates, because teams change them per environment: each
 * workload's replicas, container images (repository and tag) and resources, autoscaling bounds, and
 * each route's hosts. Values are grouped under the name of the component that made the object.
 */
final class KnownValues {
  final List<ValueBinding> values = new ArrayList<>();
  final List<Slot> slots = new ArrayList<>();
  private final Map<String, String> owners = new HashMap<>();

  /** Finds the known fields of {@code object}. */
  void collect(SynthObject entry) {
    JsonNode tree = Yaml.tree(entry.object());
    String key = ValueBinding.keyOf(entry.object());
    String kind = entry.object().getKind();
    String group = entry.origin().name();
    switch (kind) {
      case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet" -> {
        scalar(key, tree, "/spec/replicas", group + ".replicas", ValueType.INTEGER);
        containers(key, tree, "/spec/template/spec", group);
      }
      case "CronJob" -> containers(key, tree, "/spec/jobTemplate/spec/template/spec", group);
      case "HorizontalPodAutoscaler" -> {
        scalar(
            key, tree, "/spec/minReplicas", group + ".autoscaling.minReplicas", ValueType.INTEGER);
        scalar(
            key, tree, "/spec/maxReplicas", group + ".autoscaling.maxReplicas", ValueType.INTEGER);
      }
      case "Ingress" -> ingressHosts(key, tree, group);
      case "HTTPRoute" ->
          scalar(key, tree, "/spec/hostnames", group + ".hostnames", ValueType.LIST);
      default -> {
        // Other kinds have no per-environment fields by default; users mark more with ChartValue.
      }
    }
  }

  private void containers(String key, JsonNode tree, String podSpec, String group) {
    JsonNode containers = tree.at(podSpec + "/containers");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode c = containers.get(i);
      String base = group + ".containers." + c.path("name").asText();
      String pointer = podSpec + "/containers/" + i;
      image(key, c.path("image").asText(""), pointer + "/image", base + ".image");
      JsonNode resources = c.path("resources");
      if (resources.isObject() && !resources.isEmpty()) {
        scalar(key, tree, pointer + "/resources", base + ".resources", ValueType.MAP);
      }
    }
  }

  private void image(String key, String image, String pointer, String path) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (image.isEmpty()) {
      return;
    }
    if (image.contains("@") || colon <= slash) {
      bind(key, pointer, path, ValueType.STRING, image, Slot.read(path) + " | toJson");
      return;
    }
    String repository = image.substring(0, colon);
    String tag = image.substring(colon + 1);
    if (!claim(path + ".repository", key) || !claim(path + ".tag", key)) {
      return;
    }
    values.add(new ValueBinding(key, pointer, path + ".repository", ValueType.STRING, repository));
    values.add(new ValueBinding(key, pointer, path + ".tag", ValueType.STRING, tag));
    slots.add(
        new Slot(
            key,
            pointer,
            "printf \"%s:%s\" ("
                + Slot.read(path + ".repository")
                + ") ("
                + Slot.read(path + ".tag")
                + ") | toJson"));
  }

  private void ingressHosts(String key, JsonNode tree, String group) {
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
    String path = group + ".hosts";
    if (hosts.isEmpty() || !claim(path, key)) {
      return;
    }
    values.add(new ValueBinding(key, "/spec/rules", path, ValueType.LIST, hosts));
    for (int i = 0; i < rules.size(); i++) {
      Integer at = index.get(rules.get(i).path("host").asText(""));
      if (at != null) {
        slots.add(new Slot(key, "/spec/rules/" + i + "/host", hostAt(path, at)));
      }
    }
    JsonNode tls = tree.at("/spec/tls");
    for (int t = 0; t < tls.size(); t++) {
      JsonNode tlsHosts = tls.get(t).path("hosts");
      for (int h = 0; h < tlsHosts.size(); h++) {
        Integer at = index.get(tlsHosts.get(h).asText());
        if (at != null) {
          slots.add(new Slot(key, "/spec/tls/" + t + "/hosts/" + h, hostAt(path, at)));
        }
      }
    }
  }

  private static String hostAt(String path, int index) {
    return "index (" + Slot.read(path) + ") " + index + " | toJson";
  }

  private void scalar(String key, JsonNode tree, String pointer, String path, ValueType type) {
    JsonNode node = tree.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    Object value = Yaml.json().convertValue(node, Object.class);
    bind(key, pointer, path, type, value, Slot.read(path) + " | toJson");
  }

  private void bind(
      String key, String pointer, String path, ValueType type, Object value, String expression) {
    if (claim(path, key)) {
      values.add(new ValueBinding(key, pointer, path, type, value));
      slots.add(new Slot(key, pointer, expression));
    }
  }

  /** The first object to claim a values path keeps it; a second one is left untemplated. */
  private boolean claim(String path, String key) {
    return owners.putIfAbsent(path, key) == null;
  }
}
