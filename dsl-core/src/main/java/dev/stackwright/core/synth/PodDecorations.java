package dev.stackwright.core.synth;

import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.validate.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the stack's {@link PodDecorator}s add to one pod set: labels, annotations and container
 * environment, merged in declaration order. Built from one index per synthesis, so looking up every
 * workload's decorations stays linear.
 *
 * @param labels pod labels to add
 * @param annotations pod annotations to add
 * @param env container environment variables to add where a container does not set them
 */
public record PodDecorations(
    Map<String, String> labels, Map<String, String> annotations, Map<String, String> env) {

  /** The decorations of {@code pods} in the stack being synthesized. */
  public static PodDecorations of(SynthContext context, PodSet pods) {
    List<PodDecorator> decorators =
        context.index(Index.class, Index::new).byTarget.getOrDefault(context.idOf(pods), List.of());
    Map<String, String> labels = new TreeMap<>();
    Map<String, String> annotations = new TreeMap<>();
    Map<String, String> env = new TreeMap<>();
    for (PodDecorator d : decorators) {
      labels.putAll(d.podLabels(pods, context));
      annotations.putAll(d.podAnnotations(pods, context));
      env.putAll(d.containerEnv(pods, context));
    }
    return new PodDecorations(labels, annotations, env);
  }

  /**
   * Reports every decoration aimed at a pod set whose pods the core pod model does not build, so it
   * could never be applied: an error at the decorator's path, never a silently dropped field.
   */
  static void checkTargets(Map<ComponentId, Component> components, Checks root) {
    for (Map.Entry<ComponentId, Component> e : components.entrySet()) {
      if (!(e.getValue() instanceof PodDecorator decorator)) {
        continue;
      }
      List<PodSet> targets = decorator.decorates();
      for (int i = 0; i < targets.size(); i++) {
        PodSet target = targets.get(i);
        if (target.podDefinition().isEmpty()) {
          root.in(e.getKey().segment())
              .error(
                  PodRules.UNDECORATABLE,
                  "decorates[" + i + "]",
                  "%s %s runs pods that Stackwright does not build, so they cannot take this"
                      + " decoration; aim it at a workload, or configure the pods where they are"
                      + " defined",
                  target.kind(),
                  target.name());
        }
      }
    }
  }

  /** Whether there is nothing to add. */
  public boolean isEmpty() {
    return labels.isEmpty() && annotations.isEmpty() && env.isEmpty();
  }

  /** The decorators of the stack by the pod set they decorate. */
  static final class Index {
    private final Map<ComponentId, List<PodDecorator>> byTarget = new HashMap<>();

    Index(SynthContext context) {
      for (PodDecorator d : context.componentsOf(PodDecorator.class)) {
        for (PodSet target : d.decorates()) {
          byTarget.computeIfAbsent(context.idOf(target), k -> new ArrayList<>()).add(d);
        }
      }
    }
  }
}
