package dev.stackwright.core.contract;

import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import java.util.List;

/**
 * The cross-layer contract of a component that adds arrows to the stack's diagram: a route to the
 * services it serves, a network connection between workloads, a mesh split between versions.
 */
public interface TopologySource {

  /** The arrows this component draws, between components of the stack. */
  List<Edge> edges(SynthContext context);
}
