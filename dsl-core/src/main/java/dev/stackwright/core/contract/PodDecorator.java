package dev.stackwright.core.contract;

import dev.stackwright.core.synth.SynthContext;
import java.util.List;
import java.util.Map;

/**
 * The cross-layer contract of a component that adds to other layers' pods without owning them:
 * tracing wires the OpenTelemetry environment, metrics without the Prometheus operator add scrape
 * annotations. Workloads ask for their decorations through {@link
 * dev.stackwright.core.synth.PodDecorations}, looked up by pod set, never by scanning.
 */
public interface PodDecorator {

  /** The pod sets this component decorates. */
  List<PodSet> decorates();

  /** Labels to add to the pods of {@code pods}. */
  default Map<String, String> podLabels(PodSet pods, SynthContext context) {
    return Map.of();
  }

  /** Annotations to add to the pods of {@code pods}. */
  default Map<String, String> podAnnotations(PodSet pods, SynthContext context) {
    return Map.of();
  }

  /** Environment variables to add to every container of {@code pods} that does not set them. */
  default Map<String, String> containerEnv(PodSet pods, SynthContext context) {
    return Map.of();
  }
}
