package dev.stackwright.core;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * One piece of a stack, described as an immutable value, that synthesizes itself into Kubernetes
 * objects. Layer modules are collections of components plus the builders around them.
 *
 * <p>The synthesizer calls {@link #validate} on every component first, collecting every problem of
 * the whole stack, and calls {@link #synthesize} only when the stack is valid; so {@code
 * synthesize} may rely on what {@code validate} checked.
 */
public interface Component {

  /** The component's name: a DNS-1123 label, unique per kind and namespace within a stack. */
  String name();

  /** The kind of component, a short lower-case noun used in ids and error paths. */
  String kind();

  /** The layer this component belongs to. */
  Layer layer();

  /**
   * The namespace the component lives in; empty means the stack's default namespace for a
   * namespaced component.
   */
  Optional<String> namespace();

  /** Whether the objects this component makes are namespaced; storage classes, say, are not. */
  default boolean namespaced() {
    return true;
  }

  /**
   * The components this one refers to or needs. Each must be part of the stack (else the stack is
   * invalid) and is ordered before this one among objects of the same kind.
   */
  default List<Component> dependsOn() {
    return List.of();
  }

  /**
   * Reports every problem of this component: local invariants and rules that need the rest of the
   * stack. Never throws for a user mistake; reports it to {@code checks}, which knows the path.
   */
  default void validate(SynthContext context, Checks checks) {}

  /** The Kubernetes objects this component stands for. Called only on a valid stack. */
  List<HasMetadata> synthesize(SynthContext context);
}
