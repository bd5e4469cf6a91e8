package dev.stackwright.core.stage;

import dev.stackwright.core.release.ReleaseTarget;

/**
 * How a stack's apply stages reach the cluster, chosen per stack: Flux (the default), Argo CD, or
 * kubectl with helmfile. Besides the plain per-environment folder, synth writes a folder named
 * after the tool ({@link #folder()}) with a sub-folder per stage and the tool's wiring, so the
 * whole platform comes up on an empty cluster in one step.
 */
public interface Delivery {

  /** The folder, beside the plain manifests, that holds the stages and their wiring. */
  String folder();

  /**
   * What upstream chart releases render into when they do not name a target: a Flux HelmRelease, an
   * Argo CD Application, or a helmfile entry.
   */
  ReleaseTarget releaseTarget();

  /** Flux Kustomizations chained with {@code dependsOn} and {@code wait}, with every default. */
  static FluxDelivery flux() {
    return FluxDelivery.builder().build();
  }

  /** Argo CD Applications in sync waves, app of apps, reading {@code repoUrl}. */
  static ArgoCdDelivery argoCd(String repoUrl) {
    return ArgoCdDelivery.builder().repoUrl(repoUrl).build();
  }

  /** Numbered stage folders and the kubectl and helmfile commands that apply them. */
  static KubectlDelivery kubectl() {
    return KubectlDelivery.builder().build();
  }
}
