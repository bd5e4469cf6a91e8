package dev.stackwright.core.release;

/** The delivery tool a {@link ChartRelease} is rendered for. */
public enum ReleaseTarget {
  /** A Flux {@code HelmRepository} plus a {@code HelmRelease} (helm.toolkit.fluxcd.io/v2). */
  FLUX,
  /** An Argo CD {@code Application} (argoproj.io/v1alpha1) with the Helm values inline. */
  ARGO_CD,
  /** An entry of the stack's {@code helmfile.yaml}, with its values in a file of its own. */
  HELMFILE
}
