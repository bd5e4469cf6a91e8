package dev.stackwright.security;

import java.util.Map;
import java.util.TreeMap;

/** Chart values of the security layer's typed releases: extra values merged over typed ones. */
public final class ChartValues {
  private ChartValues() {}

  /**
   * {@code extra} merged over {@code typed}: maps merge key by key, anything else in {@code extra}
   * replaces what {@code typed} holds. Neither argument changes.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> merge(Map<String, Object> typed, Map<String, Object> extra) {
    Map<String, Object> out = new TreeMap<>(typed);
    extra.forEach(
        (k, v) -> {
          Object old = out.get(k);
          if (old instanceof Map<?, ?> a && v instanceof Map<?, ?> b) {
            out.put(k, merge((Map<String, Object>) a, (Map<String, Object>) b));
          } else {
            out.put(k, v);
          }
        });
    return out;
  }
}
