package dev.stackwright.core.diagram;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every picture of a stack shows, computed once from a {@link SynthResult}: the components
 * (namespaces themselves aside) grouped by namespace, then by layer, each with the kinds it
 * synthesizes, and the arrows between them. The Mermaid {@link Diagram} and the report's SVG both
 * draw this model. Deterministic: namespaces, layers and components are in a stable order.
 *
 * @param groups the components by namespace ({@value #CLUSTER} for cluster-scoped ones), then by
 *     layer, in namespace, layer and component order
 * @param edges the arrows whose two ends are both components of the stack
 */
public record Topology(Map<String, Map<Layer, List<Node>>> groups, List<Edge> edges) {
  /** The group of the components that have no namespace. */
  public static final String CLUSTER = "cluster";

  /**
   * One component in the picture.
   *
   * @param id the component
   * @param layer its layer
   * @param kinds the kinds of the objects it synthesizes, sorted
   */
  public record Node(ComponentId id, Layer layer, Set<String> kinds) {}

  /** Copies the groups and edges. */
  public Topology {
    Map<String, Map<Layer, List<Node>>> copy = new LinkedHashMap<>();
    groups.forEach(
        (ns, byLayer) -> {
          Map<Layer, List<Node>> layers = new EnumMap<>(Layer.class);
          byLayer.forEach((l, nodes) -> layers.put(l, List.copyOf(nodes)));
          copy.put(ns, Collections.unmodifiableMap(layers));
        });
    groups = Collections.unmodifiableMap(copy);
    edges = List.copyOf(edges);
  }

  /** The topology of {@code result}. */
  public static Topology of(SynthResult result) {
    Map<ComponentId, Set<String>> kinds = new LinkedHashMap<>();
    for (SynthObject o : result.entries()) {
      kinds.computeIfAbsent(o.origin(), k -> new TreeSet<>()).add(o.object().getKind());
    }
    Map<ComponentId, Layer> layers = result.components();
    Map<String, Map<Layer, Set<ComponentId>>> sorted = new TreeMap<>();
    for (Map.Entry<ComponentId, Layer> e : layers.entrySet()) {
      if (e.getKey().kind().equals("namespace")) {
        continue;
      }
      String ns = e.getKey().namespace().isEmpty() ? CLUSTER : e.getKey().namespace();
      sorted
          .computeIfAbsent(ns, k -> new EnumMap<>(Layer.class))
          .computeIfAbsent(e.getValue(), k -> new TreeSet<>())
          .add(e.getKey());
    }
    Map<String, Map<Layer, List<Node>>> groups = new LinkedHashMap<>();
    sorted.forEach(
        (ns, byLayer) -> {
          Map<Layer, List<Node>> nodes = new EnumMap<>(Layer.class);
          byLayer.forEach(
              (layer, ids) -> {
                List<Node> list = new ArrayList<>(ids.size());
                ids.forEach(id -> list.add(new Node(id, layer, kinds.getOrDefault(id, Set.of()))));
                nodes.put(layer, list);
              });
          groups.put(ns, nodes);
        });
    List<Edge> edges = new ArrayList<>();
    for (Edge e : result.edges()) {
      if (layers.containsKey(e.from()) && layers.containsKey(e.to())) {
        edges.add(e);
      }
    }
    return new Topology(groups, edges);
  }

  /** Every component of the picture, in group order. */
  public List<Node> nodes() {
    List<Node> all = new ArrayList<>();
    groups.values().forEach(byLayer -> byLayer.values().forEach(all::addAll));
    return all;
  }
}
