package dev.stackwright.core.helm;

import dev.stackwright.core.ComponentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level key in values.yaml of each component that has chart values, unique by construction.
 * A name no other such component has is its own key ({@code api}), so values stay short and
 * readable. Where components with values share a name, each is qualified: by its namespace when
 * that tells it apart ({@code team-a_api}, {@code team-b_api}), else also by its kind ({@code
 * shop_workload_api}). Names and namespaces are DNS labels, which never hold a {@code _}, so a
 * qualified key can equal neither a plain name nor another qualified key.
 */
final class ValueKeys {
  private ValueKeys() {}

  /** The key of each component, in the order given. */
  static Map<ComponentId, String> of(Collection<ComponentId> components) {
    Map<String, List<ComponentId>> byName = new LinkedHashMap<>();
    for (ComponentId id : components) {
      byName.computeIfAbsent(id.name(), n -> new ArrayList<>()).add(id);
    }
    Map<ComponentId, String> keys = new LinkedHashMap<>();
    for (ComponentId id : components) {
      List<ComponentId> sameName = byName.get(id.name());
      if (sameName.size() == 1) {
        keys.put(id, id.name());
        continue;
      }
      long sameNamespace =
          sameName.stream().filter(o -> o.namespace().equals(id.namespace())).count();
      keys.put(
          id,
          sameNamespace == 1 && !id.namespace().isEmpty()
              ? id.namespace() + "_" + id.name()
              : id.namespace() + "_" + id.kind() + "_" + id.name());
    }
    return keys;
  }
}
