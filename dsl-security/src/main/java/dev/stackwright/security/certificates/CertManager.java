package dev.stackwright.security.certificates;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;
import java.util.Map;

/**
 * cert-manager as a release of its chart ({@code cert-manager} {@value #VERSION} from {@value
 * #REPOSITORY}) with its CRDs switched on ({@code crds.enabled}), so Issuers, ClusterIssuers and
 * Certificates are applied in a stage after it.
 *
 * <pre>{@code
 * CertManager.release("cert-manager")
 * }</pre>
 */
public final class CertManager {
  /** The pinned chart version, the same as cert-manager's. */
  public static final String VERSION = "v1.21.1";

  /** The chart repository. */
  public static final String REPOSITORY = "https://charts.jetstack.io";

  /** The API group of Certificate, Issuer and ClusterIssuer. */
  public static final String GROUP = "cert-manager.io";

  /** The apiVersion of Certificate, Issuer and ClusterIssuer. */
  public static final String API_VERSION = "cert-manager.io/v1";

  /** The CRDs the chart installs when {@code crds.enabled} is true (this release sets it). */
  public static final CrdSet CRDS =
      CrdSet.of(
              ApiKind.of(GROUP, "Certificate"),
              ApiKind.of(GROUP, "CertificateRequest"),
              ApiKind.of(GROUP, "Issuer"),
              ApiKind.of(GROUP, "ClusterIssuer"),
              ApiKind.of("acme.cert-manager.io", "Order"),
              ApiKind.of("acme.cert-manager.io", "Challenge"))
          .switchedBy("crds.enabled");

  private CertManager() {}

  /** cert-manager, released into {@code namespace} with its CRDs. */
  public static ChartRelease release(String namespace) {
    return ChartRelease.builder()
        .name("cert-manager")
        .namespace(namespace)
        .chart("cert-manager")
        .repository(REPOSITORY)
        .version(VERSION)
        .putValue("crds", Map.of("enabled", true, "keep", true))
        .addCrdSet(CRDS)
        .build();
  }
}
