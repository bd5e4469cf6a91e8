package dev.stackwright.observability;

import java.util.Map;
import java.util.TreeMap;

/** Deep merge of chart values: maps merge key by key, anything else is replaced. */
final class ValuesMerge {
  private ValuesMerge() {}

  static Map<String, Object> merge(Map<String, Object> base, Map<String, ?> over) {
    Map<String, Object> merged = new TreeMap<>(base);
    for (Map.Entry<String, ?> e : over.entrySet()) {
      Object existing = merged.get(e.getKey());
      if (existing instanceof Map<?, ?> a && e.getValue() instanceof Map<?, ?> b) {
        merged.put(e.getKey(), merge(stringKeys(a), stringKeys(b)));
      } else {
        merged.put(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
