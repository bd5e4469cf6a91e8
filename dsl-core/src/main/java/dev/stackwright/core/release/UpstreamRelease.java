package dev.stackwright.core.release;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.contract.FileContributor;

/**
 * A component that stands for a release of upstream software (a chart or a Git source): kind {@code
 * release} in the {@link Layer#RELEASE} layer, a {@link Provider} of what it installs, and a {@link
 * FileContributor} for the helmfile entry of the kubectl delivery. {@link ChartRelease} and {@link
 * GitRelease} are the generic ones; the typed releases of each layer (the monitoring stack,
 * Kyverno, Tempo...) implement it too.
 */
public interface UpstreamRelease extends Component, Provider, FileContributor {

  /** {@code release}. */
  @Override
  default String kind() {
    return "release";
  }

  /** {@link Layer#RELEASE}. */
  @Override
  default Layer layer() {
    return Layer.RELEASE;
  }
}
