package dev.stackwright.core.yaml;

import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values inside fabric8 objects that the generated {@code FabricWriters} does not write by
 * their declared type, written with the tokens Jackson's standard serializers give them: lists
 * element by element, maps with their keys in order ({@code ORDER_MAP_ENTRIES_BY_KEYS}) and null
 * values kept, scalars by their class, fabric8 objects by their generated writer, and everything
 * else by Jackson itself.
 */
final class Values {
  private Values() {}

  static void list(List<?> list, YamlWriter g) throws IOException {
    g.writeStartArray(list, list.size());
    for (Object element : list) {
      any(element, g);
    }
    g.writeEndArray();
  }

  static void map(Map<?, ?> map, YamlWriter g) throws IOException {
    g.writeStartObject(map);
    fields(map, g);
    g.writeEndObject();
  }

  /** The entries of an any-getter's map, as fields of the object being written. */
  static void mapFields(Map<?, ?> map, YamlWriter g) throws IOException {
    fields(map, g);
  }

  private static void fields(Map<?, ?> map, YamlWriter g) throws IOException {
    if (map.isEmpty()) {
      return;
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new NeedsJackson("a map key that is null or no string");
      }
    }
    Map<?, ?> sorted = map instanceof SortedMap<?, ?> ? map : new TreeMap<>(map);
    for (Map.Entry<?, ?> e : sorted.entrySet()) {
      g.writeFieldName((String) e.getKey());
      any(e.getValue(), g);
    }
  }

  static void any(Object value, YamlWriter g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i.intValue());
    } else if (value instanceof Long l) {
      g.writeNumber(l.longValue());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b.booleanValue());
    } else if (value instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (value.getClass() == Quantity.class) {
      quantity((Quantity) value, g);
    } else if (value.getClass() == IntOrString.class || value.getClass() == AnyType.class) {
      any(((AnyType) value).getValue(), g);
    } else if (value instanceof List<?> l && l.getClass().getName().startsWith("java.util.")) {
      list(l, g);
    } else if (value instanceof Map<?, ?> m && m.getClass().getName().startsWith("java.util.")) {
      map(m, g);
    } else if (!BeanWriters.GENERATED.write(value, g)) {
      g.writeWithMapper(value);
    }
  }

  /** As fabric8's {@code Quantity.Serializer}: the amount and the format, either may be absent. */
  private static void quantity(Quantity q, YamlWriter g) throws IOException {
    StringBuilder text = new StringBuilder();
    if (q.getAmount() != null) {
      text.append(q.getAmount());
    }
    if (q.getFormat() != null) {
      text.append(q.getFormat());
    }
    g.writeString(text.toString());
  }
}
