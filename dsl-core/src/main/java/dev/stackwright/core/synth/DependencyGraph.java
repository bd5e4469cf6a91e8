package dev.stackwright.core.synth;

import dev.stackwright.core.ComponentId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit dependencies between components: finds a cycle (naming its members) and gives each
 * component its depth, the length of the longest chain of dependencies below it. Ordering by depth
 * puts every component after the ones it depends on. Linear in components plus edges; nodes and
 * edges keep declaration order, so a reported cycle is the same on every run.
 */
final class DependencyGraph {
  private final Map<ComponentId, Set<ComponentId>> edges = new LinkedHashMap<>();

  void addNode(ComponentId id) {
    edges.computeIfAbsent(id, k -> new LinkedHashSet<>());
  }

  /** Records that {@code from} depends on {@code to}. */
  void addEdge(ComponentId from, ComponentId to) {
    addNode(to);
    edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  /** A cycle as its members in order (first repeated at the end), if there is one. */
  Optional<List<ComponentId>> findCycle() {
    Map<ComponentId, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
    for (ComponentId start : edges.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<ComponentId> path = new ArrayDeque<>();
      Deque<java.util.Iterator<ComponentId>> iterators = new ArrayDeque<>();
      path.push(start);
      iterators.push(edges.get(start).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        var it = iterators.peek();
        if (it.hasNext()) {
          ComponentId next = it.next();
          Integer s = state.get(next);
          if (s == null) {
            state.put(next, 1);
            path.push(next);
            iterators.push(edges.get(next).iterator());
          } else if (s == 1) {
            List<ComponentId> cycle = new ArrayList<>();
            var onPath = new ArrayList<>(path);
            java.util.Collections.reverse(onPath);
            cycle.addAll(onPath.subList(onPath.indexOf(next), onPath.size()));
            cycle.add(next);
            return Optional.of(cycle);
          }
        } else {
          state.put(path.pop(), 2);
          iterators.pop();
        }
      }
    }
    return Optional.empty();
  }

  /** The depth of every component; call only on a graph without cycles. */
  Map<ComponentId, Integer> depths() {
    Map<ComponentId, Integer> depth = new HashMap<>();
    for (ComponentId start : edges.keySet()) {
      if (depth.containsKey(start)) {
        continue;
      }
      Deque<ComponentId> stack = new ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) {
        ComponentId top = stack.peek();
        if (depth.containsKey(top)) {
          stack.pop();
          continue;
        }
        boolean ready = true;
        int d = 0;
        for (ComponentId dep : edges.get(top)) {
          Integer dd = depth.get(dep);
          if (dd == null) {
            ready = false;
            stack.push(dep);
          } else {
            d = Math.max(d, dd + 1);
          }
        }
        if (ready) {
          depth.put(top, d);
          stack.pop();
        }
      }
    }
    return depth;
  }
}
