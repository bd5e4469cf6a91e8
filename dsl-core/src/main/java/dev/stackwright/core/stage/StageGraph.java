package dev.stackwright.core.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph the stages come from: nodes are components (their start and their end) and objects, an
 * edge says its source needs its target, with weight 1 when the target must be ready a stage before
 * (a CRD) and 0 when the same stage will do. Linear in nodes plus edges.
 */
final class StageGraph {
  /** One node of a path, with why the edge into the next one exists. */
  record Step(int node, String why) {}

  private final List<List<int[]>> edges = new ArrayList<>();
  private int[] postOrder = new int[0];
  private final Map<Long, String> reasons = new HashMap<>();
  private List<Step> cycle = List.of();

  StageGraph(int nodes) {
    for (int i = 0; i < nodes; i++) {
      edges.add(new ArrayList<>(2));
    }
  }

  void edge(int from, int to, int weight, String why) {
    edges.get(from).add(new int[] {to, weight});
    if (!why.isEmpty()) {
      reasons.put(((long) from << 32) | to, why);
    }
  }

  List<Step> cycle() {
    return cycle;
  }

  /** The longest weighted path below every node; null when there is a cycle. */
  int[] longestPaths() {
    int size = edges.size();
    int[] value = new int[size];
    postOrder = new int[size];
    int finished = 0;
    byte[] state = new byte[size];
    int[] next = new int[size];
    int[] stack = new int[size];
    for (int start = 0; start < size; start++) {
      if (state[start] != 0) {
        continue;
      }
      int top = 0;
      stack[top] = start;
      state[start] = 1;
      while (top >= 0) {
        int node = stack[top];
        List<int[]> out = edges.get(node);
        if (next[node] < out.size()) {
          int[] e = out.get(next[node]++);
          int to = e[0];
          if (state[to] == 0) {
            state[to] = 1;
            stack[++top] = to;
          } else if (state[to] == 1) {
            List<Step> found = new ArrayList<>();
            int from = 0;
            while (stack[from] != to) {
              from++;
            }
            for (int k = from; k <= top; k++) {
              int a = stack[k];
              int b = k < top ? stack[k + 1] : to;
              found.add(new Step(a, reasons.getOrDefault(((long) a << 32) | b, "")));
            }
            cycle = found;
            return null;
          } else {
            value[node] = Math.max(value[node], value[to] + e[1]);
          }
        } else {
          state[node] = 2;
          postOrder[finished++] = node;
          top--;
          if (top >= 0) {
            // The parent reached this node through its latest edge.
            int parent = stack[top];
            int[] e = edges.get(parent).get(next[parent] - 1);
            value[parent] = Math.max(value[parent], value[node] + e[1]);
          }
        }
      }
    }
    return value;
  }

  /**
   * The stage of every node when providers go as early as they can ({@code earliest}) and
   * everything else as late as what needs it allows: operators and CRDs first, then their custom
   * resources, then the workloads and what else needs those, so nothing waits in a stage for
   * something a later stage brings. Call after {@link #longestPaths()} found no cycle.
   */
  int[] latest(int[] earliest, boolean[] fixed) {
    int size = edges.size();
    int last = 0;
    for (int v : earliest) {
      last = Math.max(last, v);
    }
    int[] value = new int[size];
    Arrays.fill(value, last);
    // Reverse post-order visits every node before the nodes it needs.
    for (int k = size - 1; k >= 0; k--) {
      int node = postOrder[k];
      if (fixed[node]) {
        value[node] = earliest[node];
      }
      for (int[] e : edges.get(node)) {
        value[e[0]] = Math.min(value[e[0]], value[node] - e[1]);
      }
    }
    return value;
  }
}
