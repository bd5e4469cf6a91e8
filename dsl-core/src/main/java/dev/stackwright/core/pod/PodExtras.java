package dev.stackwright.core.pod;

import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the kind of a pod's owner adds to the pod template that the pod itself does not say: a Job's
 * restart policy, a workload's eviction annotation, its scheduling rules and runtime class.
 *
 * @param restartPolicy the pod restart policy the owner's kind requires; empty for the default
 * @param annotations pod annotations the owner adds
 * @param spec further settings of the pod spec (scheduling, runtime class)
 */
public record PodExtras(
    Optional<String> restartPolicy,
    Map<String, String> annotations,
    Consumer<PodSpecBuilder> spec) {

  /** Nothing added: a long-running pod with the default restart policy. */
  public static PodExtras none() {
    return new PodExtras(Optional.empty(), Map.of(), s -> {});
  }

  /** A pod that runs to completion and is never restarted in place. */
  public static PodExtras runOnce() {
    return new PodExtras(Optional.of("Never"), Map.of(), s -> {});
  }
}
