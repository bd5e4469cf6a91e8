package dev.stackwright.core.release;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import java.util.List;
import java.util.Optional;

/**
 * The settings every release shares, declared once with their meaning and defaults: where it is
 * installed, which delivery tool it is rendered for, and what it waits for. {@link ChartRelease},
 * {@link GitRelease} and the typed releases of each layer ({@link TypedRelease}) are Immutables
 * values that inherit these attributes, so their builders all offer {@code namespace(...)}, {@code
 * target(...)} and {@code addDependsOn(...)}.
 */
public interface ReleaseSettings extends Component {

  /**
   * The namespace the release is installed into, where its delivery objects (the Flux objects, the
   * helmfile release) live too; empty (the default) means the stack's default namespace.
   */
  @Override
  Optional<String> namespace();

  /**
   * The delivery tool to render for; empty (the default) follows the stack's delivery: a Flux
   * HelmRelease for Flux, an Argo CD Application for Argo CD, a helmfile entry for kubectl.
   */
  Optional<ReleaseTarget> target();

  /**
   * The components the release waits for (a CRD release, a storage class); each must be part of the
   * stack. None by default.
   */
  @Override
  List<Component> dependsOn();

  /** The delivery tool the release renders for in {@code context}'s stack. */
  default ReleaseTarget targetIn(SynthContext context) {
    return target().orElseGet(() -> context.stack().delivery().releaseTarget());
  }
}
