/**
 * Releases of upstream Helm charts with typed values, rendered for Flux, Argo CD or helmfile, and
 * the CRDs and classes they provide. The settings releases share are declared once: {@link
 * dev.stackwright.core.release.ReleaseSettings} (namespace, delivery target, dependencies) for
 * every release, {@link dev.stackwright.core.release.ReleaseDelivery} (CRD sets, Flux interval,
 * Argo CD namespace and project) for {@link dev.stackwright.core.release.ChartRelease} and {@link
 * dev.stackwright.core.release.GitRelease}, and {@link dev.stackwright.core.release.TypedRelease}
 * (untyped values over the typed ones) for each layer's typed releases.
 */
package dev.stackwright.core.release;
