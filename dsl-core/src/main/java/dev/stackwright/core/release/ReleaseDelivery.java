package dev.stackwright.core.release;

import dev.stackwright.core.cluster.CrdSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the delivery tool needs to know of a release it applies from its source (a chart repository
 * or a Git repository), shared by {@link ChartRelease} and {@link GitRelease}: the CRDs the source
 * installs, how often Flux reconciles it, and where Argo CD keeps its Application.
 */
public interface ReleaseDelivery extends ReleaseSettings {

  /**
   * The CRDs the source installs (for a chart, each with the chart value that switches it); none by
   * default. Custom resources of those kinds are checked and applied in a stage after the release
   * is ready.
   */
  List<CrdSet> crdSets();

  /**
   * How often Flux reconciles the release (a Go duration); the default depends on the source: a
   * chart release {@code 30m}, a Git release {@code 1h}.
   */
  String interval();

  /** The namespace Argo CD's Application objects live in; {@code argocd}. */
  @Value.Default
  default String argoCdNamespace() {
    return "argocd";
  }

  /** The Argo CD project of the Application; {@code default}. */
  @Value.Default
  default String argoCdProject() {
    return "default";
  }
}
