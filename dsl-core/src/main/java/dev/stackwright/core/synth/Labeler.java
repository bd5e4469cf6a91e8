package dev.stackwright.core.synth;

import dev.stackwright.core.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the stack-wide metadata on every object: the recommended {@code app.kubernetes.io/part-of}
 * and {@code managed-by: stackwright} labels, and the stack's own labels and annotations (a
 * component's own values win).
 */
final class Labeler {
  private final Stack stack;

  Labeler(Stack stack) {
    this.stack = stack;
  }

  void label(HasMetadata object) {
    ObjectMeta meta = object.getMetadata();
    Map<String, String> labels =
        meta.getLabels() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(meta.getLabels());
    stack.labels().forEach(labels::putIfAbsent);
    labels.put(SynthContext.PART_OF_LABEL, stack.name());
    labels.put(SynthContext.MANAGED_BY_LABEL, "stackwright");
    meta.setLabels(labels);
    if (!stack.annotations().isEmpty()) {
      Map<String, String> annotations =
          meta.getAnnotations() == null
              ? new LinkedHashMap<>()
              : new LinkedHashMap<>(meta.getAnnotations());
      stack.annotations().forEach(annotations::putIfAbsent);
      meta.setAnnotations(annotations);
    }
  }
}
