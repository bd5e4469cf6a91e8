package dev.stackwright.core.release;

import dev.stackwright.core.validate.Checks;
import java.util.List;
import java.util.Map;

/** Checks that chart values are what YAML can carry: string keys, scalars, lists and maps. */
final class ValuesCheck {
  private ValuesCheck() {}

  static void check(Object value, Checks checks, String path) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key) || key.isEmpty()) {
          checks.error(
              ReleaseRules.INVALID_VALUE,
              path,
              "keys must be non-empty strings, was %s",
              e.getKey());
          continue;
        }
        check(e.getValue(), checks, path + "." + key);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), checks, path + "[" + i + "]");
      }
    } else if (!(value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean)) {
      checks.error(
          ReleaseRules.INVALID_VALUE,
          path,
          "expected a string, number, boolean, list or map, was a %s",
          value.getClass().getSimpleName());
    }
  }
}
