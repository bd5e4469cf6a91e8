package dev.stackwright.core.helm;

import dev.stackwright.core.synth.ValueBinding;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Nested, key-sorted values maps built from dotted paths, and the difference of two of them. */
final class ValuesTree {
  private ValuesTree() {}

  /** The nested map holding every binding's value at its dotted path. */
  static Map<String, Object> of(List<ValueBinding> bindings) {
    Map<String, Object> root = new TreeMap<>();
    for (ValueBinding b : bindings) {
      put(root, b.path().split("\\."), b.value());
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String[] path, Object value) {
    Map<String, Object> node = root;
    for (int i = 0; i < path.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new TreeMap<>());
    }
    node.put(path[path.length - 1], value);
  }

  /** What {@code env} changes relative to {@code base}: changed leaves only, lists whole. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> diff(Map<String, Object> base, Map<String, Object> env) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, Object> e : env.entrySet()) {
      Object before = base.get(e.getKey());
      Object after = e.getValue();
      if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a && !isLeafMap(e.getKey())) {
        Map<String, Object> inner = diff((Map<String, Object>) b, (Map<String, Object>) a);
        if (!inner.isEmpty()) {
          out.put(e.getKey(), inner);
        }
      } else if (!Objects.equals(before, after)) {
        out.put(e.getKey(), after);
      }
    }
    return out;
  }

  /** Resources maps are values of their own: an environment overrides them whole. */
  private static boolean isLeafMap(String key) {
    return key.equals("resources");
  }
}
