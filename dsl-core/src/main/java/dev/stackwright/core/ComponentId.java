package dev.stackwright.core;

import java.util.Comparator;

/**
 * The identity of a component inside a stack: its kind (such as {@code workload} or {@code
 * service}), its resolved namespace (empty for cluster-scoped components) and its name.
 *
 * @param kind the component kind, as in {@link Component#kind()}
 * @param namespace the resolved namespace, or the empty string
 * @param name the component name
 */
public record ComponentId(String kind, String namespace, String name)
    implements Comparable<ComponentId> {

  private static final Comparator<ComponentId> ORDER =
      Comparator.comparing(ComponentId::namespace)
          .thenComparing(ComponentId::name)
          .thenComparing(ComponentId::kind);

  @Override
  public int compareTo(ComponentId other) {
    return ORDER.compare(this, other);
  }

  /** The path segment that names this component in messages, e.g. {@code workload api}. */
  public String segment() {
    return kind + " " + name;
  }

  @Override
  public String toString() {
    return namespace.isEmpty() ? kind + " " + name : kind + " " + namespace + "/" + name;
  }
}
