package dev.stackwright.core.helm;

import dev.stackwright.core.ValueType;
import dev.stackwright.core.synth.ValueBinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The values.schema.json of a chart: every value typed and required, no unknown keys, and each
 * known value held to what the API server accepts, so Helm rejects a bad override before rendering:
 * {@code replicas} an integer >= 0, an autoscaler's {@code minReplicas} and {@code maxReplicas}
 * integers >= 1, image repositories, tags and references in the image reference grammar, resource
 * requests and limits non-negative quantities, hosts DNS names (see {@link SchemaPatterns}). {@code
 * stackwright.createNamespaces} and the {@code stackwright.objects} flags are booleans.
 */
final class ValuesSchema {
  private ValuesSchema() {}

  static Map<String, Object> of(List<ValueBinding> bindings, Set<String> objectFlags) {
    Map<String, Object> root = object();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    for (ValueBinding b : bindings) {
      add(root, b.path().split("\\."), b.type());
    }
    add(root, new String[] {"stackwright", HelmChart.CREATE_NAMESPACES}, ValueType.BOOLEAN);
    for (String flag : objectFlags) {
      add(root, new String[] {"stackwright", "objects", flag}, ValueType.BOOLEAN);
    }
    return root;
  }

  private static Map<String, Object> object() {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("type", "object");
    node.put("additionalProperties", false);
    node.put("properties", new TreeMap<String, Object>());
    node.put("required", new TreeSet<String>());
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> root, String[] path, ValueType type) {
    Map<String, Object> node = root;
    for (int i = 0; i < path.length; i++) {
      Map<String, Object> properties = (Map<String, Object>) node.get("properties");
      ((Set<String>) node.get("required")).add(path[i]);
      if (i == path.length - 1) {
        properties.put(path[i], leaf(path[i], type));
      } else {
        node = (Map<String, Object>) properties.computeIfAbsent(path[i], k -> object());
      }
    }
  }

  private static Map<String, Object> leaf(String name, ValueType type) {
    Map<String, Object> leaf = new LinkedHashMap<>();
    leaf.put("type", type.jsonType());
    switch (type) {
      case INTEGER -> {
        switch (name) {
          case "replicas" -> leaf.put("minimum", 0);
          case "minReplicas", "maxReplicas" -> leaf.put("minimum", 1);
          default -> {
            // Other integers are the user's own; their type is all the schema knows.
          }
        }
      }
      case STRING -> {
        switch (name) {
          case "repository" -> {
            leaf.put("pattern", SchemaPatterns.REPOSITORY);
            leaf.put("maxLength", 255);
          }
          case "tag" -> leaf.put("pattern", SchemaPatterns.IMAGE_TAG);
          case "image" -> leaf.put("pattern", SchemaPatterns.IMAGE);
          default -> {
            // Other strings are the user's own.
          }
        }
      }
      case LIST -> {
        if (name.equals("hosts") || name.equals("hostnames")) {
          Map<String, Object> host = new LinkedHashMap<>();
          host.put("type", "string");
          host.put("pattern", SchemaPatterns.HOSTNAME);
          host.put("maxLength", 253);
          leaf.put("items", host);
        }
      }
      case MAP -> {
        if (name.equals("resources")) {
          return resources();
        }
      }
      default -> {
        // Numbers and booleans need nothing beyond their type.
      }
    }
    return leaf;
  }

  /** A container's resources: requests and limits, each a map of non-negative quantities. */
  private static Map<String, Object> resources() {
    Map<String, Object> quantity = new LinkedHashMap<>();
    quantity.put("type", List.of("string", "number"));
    quantity.put("pattern", SchemaPatterns.QUANTITY);
    quantity.put("minimum", 0);
    Map<String, Object> quantities = new LinkedHashMap<>();
    quantities.put("type", "object");
    quantities.put("additionalProperties", quantity);
    Map<String, Object> properties = new TreeMap<>();
    properties.put("limits", quantities);
    properties.put("requests", quantities);
    properties.put("claims", Map.of("type", "array"));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("type", "object");
    resources.put("additionalProperties", false);
    resources.put("properties", properties);
    return resources;
  }
}
