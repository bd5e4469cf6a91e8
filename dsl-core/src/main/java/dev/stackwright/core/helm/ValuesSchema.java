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
 * The values.schema.json of a chart: every value typed and required, replica counts non-negative
 * integers, image parts non-empty strings, and no unknown keys, so Helm rejects a mistyped override
 * before rendering.
 */
final class ValuesSchema {
  private static final Set<String> COUNTS = Set.of("replicas", "minReplicas", "maxReplicas");
  private static final Set<String> NON_EMPTY = Set.of("repository", "tag", "image");

  private ValuesSchema() {}

  static Map<String, Object> of(List<ValueBinding> bindings, Set<String> objectFlags) {
    Map<String, Object> root = object();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    for (ValueBinding b : bindings) {
      add(root, b.path().split("\\."), b.type());
    }
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
    if (type == ValueType.INTEGER && COUNTS.contains(name)) {
      leaf.put("minimum", 0);
    }
    if (type == ValueType.STRING && NON_EMPTY.contains(name)) {
      leaf.put("minLength", 1);
    }
    if (type == ValueType.LIST && (name.equals("hosts") || name.equals("hostnames"))) {
      leaf.put("items", Map.of("type", "string", "minLength", 1));
    }
    return leaf;
  }
}
