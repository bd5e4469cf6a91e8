package dev.stackwright.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The floor: the reference workload's objects built directly with fabric8's builders, in the apply
 * order the synthesizer emits (by kind, then by name), with nothing in between: the least any Java
 * tool must spend to produce these objects.
 */
public final class FloorWorkload {
  private FloorWorkload() {}

  /** Every object of {@code n} services, in apply order. */
  public static List<HasMetadata> objects(int n) {
    int[] order = byName(n);
    List<HasMetadata> out = new ArrayList<>(ReferenceWorkload.objectCount(n));
    out.add(FloorObjects.namespace());
    out.add(FloorPolicies.allowDns());
    out.add(FloorPolicies.defaultDeny());
    for (int i : order) {
      out.add(FloorPolicies.service(i, n));
    }
    for (int i : order) {
      out.add(FloorObjects.disruptionBudget(ReferenceWorkload.service(i)));
    }
    for (int i : order) {
      out.add(FloorObjects.serviceAccount(ReferenceWorkload.service(i)));
    }
    for (int i : order) {
      out.add(FloorObjects.configMap(i));
    }
    for (int i : order) {
      out.add(FloorObjects.service(ReferenceWorkload.service(i)));
    }
    for (int i : order) {
      out.add(FloorPods.deployment(i));
    }
    for (int i : order) {
      out.add(FloorObjects.autoscaler(ReferenceWorkload.service(i)));
    }
    return out;
  }

  /** The service indexes sorted by service name ({@code svc-0, svc-1, svc-10, ...}). */
  private static int[] byName(int n) {
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = ReferenceWorkload.service(i);
    }
    Integer[] boxed = new Integer[n];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, Comparator.comparing(i -> names[i]));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }
}
