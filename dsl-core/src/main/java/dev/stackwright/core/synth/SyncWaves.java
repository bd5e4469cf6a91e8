package dev.stackwright.core.synth;

import dev.stackwright.core.ComponentId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD sync waves from the global order: a new wave starts wherever the kind rank or the
 * dependency depth changes, so Argo CD waits for namespaces, CRDs, releases and claims before the
 * objects that need them, and applies in the same order as the files.
 */
final class SyncWaves {
  /** The annotation Argo CD reads. */
  static final String ANNOTATION = "argocd.argoproj.io/sync-wave";

  private SyncWaves() {}

  static void annotate(List<SynthObject> ordered, Map<ComponentId, Integer> depth) {
    int wave = -1;
    long previous = Long.MIN_VALUE;
    for (SynthObject o : ordered) {
      long group =
          ((long) KindOrder.rank(o.object().getKind()) << 32) | depth.getOrDefault(o.origin(), 0);
      if (group != previous) {
        wave++;
        previous = group;
      }
      var meta = o.object().getMetadata();
      Map<String, String> annotations =
          meta.getAnnotations() == null
              ? new LinkedHashMap<>()
              : new LinkedHashMap<>(meta.getAnnotations());
      annotations.put(ANNOTATION, String.valueOf(wave));
      meta.setAnnotations(annotations);
    }
  }
}
