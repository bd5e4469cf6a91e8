package dev.stackwright.core.stage;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.release.ReleaseTarget;
import org.immutables.value.Value;

/**
 * Delivery with Flux: a folder per stage and a {@code kustomize.toolkit.fluxcd.io/v1 Kustomization}
 * per stage, each with {@code dependsOn} the previous one and {@code wait: true}, so Flux applies a
 * stage only when everything of the one before is ready (operators running, their CRDs served). The
 * folder's {@code kustomization.yaml} lists the Kustomizations: one Kustomization pointing at the
 * folder ({@code entry.yaml} holds it) brings the platform up.
 *
 * <p>The defaults fit {@code flux bootstrap}: the source is its {@code GitRepository
 * flux-system/flux-system}, and the synth output root is committed at {@code ./dist} of that
 * repository.
 */
@Value.Immutable
@StackwrightStyle
public abstract class FluxDelivery implements Delivery {

  /** The kind of the Flux source the Kustomizations read; {@code GitRepository}. */
  @Value.Default
  public String sourceKind() {
    return "GitRepository";
  }

  /** The source's name; {@code flux-system}, the one {@code flux bootstrap} creates. */
  @Value.Default
  public String sourceName() {
    return "flux-system";
  }

  /** The source's namespace; {@code flux-system}. */
  @Value.Default
  public String sourceNamespace() {
    return "flux-system";
  }

  /** The namespace of the Kustomization objects; {@code flux-system}. */
  @Value.Default
  public String namespace() {
    return "flux-system";
  }

  /**
   * Where the synth output root ({@code --out}) is in the source, as Flux paths are written; {@code
   * ./dist}.
   */
  @Value.Default
  public String repositoryPath() {
    return "./dist";
  }

  /** How often Flux reconciles each stage (a Go duration); {@code 10m}. */
  @Value.Default
  public String interval() {
    return "10m";
  }

  /** How soon a failed stage is retried; {@code 1m}. */
  @Value.Default
  public String retryInterval() {
    return "1m";
  }

  /**
   * How long Flux waits for a stage's objects to become ready; {@code 15m}, as a storage cluster or
   * a monitoring stack takes minutes to come up.
   */
  @Value.Default
  public String timeout() {
    return "15m";
  }

  @Override
  public String folder() {
    return "flux";
  }

  @Override
  public ReleaseTarget releaseTarget() {
    return ReleaseTarget.FLUX;
  }

  /** A builder for Flux delivery settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FluxDelivery}. */
  public static class Builder extends ImmutableFluxDelivery.Builder {}
}
