package dev.stackwright.security.secrets;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;

/**
 * The Bitnami Sealed Secrets controller as a release of its chart ({@code sealed-secrets} {@value
 * #VERSION} from {@value #REPOSITORY}), installing the SealedSecret CRD, so SealedSecrets are
 * applied in a stage after it. The release is named {@value #CONTROLLER_NAME}, the name {@code
 * kubeseal} looks for by default.
 *
 * <pre>{@code
 * SealedSecretsController.release("kube-system")
 * }</pre>
 */
public final class SealedSecretsController {
  /** The pinned chart version (controller 0.36.6). */
  public static final String VERSION = "2.18.5";

  /** The chart repository. */
  public static final String REPOSITORY = "https://bitnami-labs.github.io/sealed-secrets";

  /** The name {@code kubeseal} expects the controller under. */
  public static final String CONTROLLER_NAME = "sealed-secrets-controller";

  /** The apiVersion of SealedSecret. */
  public static final String API_VERSION = "bitnami.com/v1alpha1";

  /** The CRD the chart always installs. */
  public static final CrdSet CRDS = CrdSet.of("bitnami.com", "SealedSecret");

  private SealedSecretsController() {}

  /** The controller, released into {@code namespace} with its CRD. */
  public static ChartRelease release(String namespace) {
    return ChartRelease.builder()
        .name(CONTROLLER_NAME)
        .namespace(namespace)
        .chart("sealed-secrets")
        .repository(REPOSITORY)
        .version(VERSION)
        .putValue("fullnameOverride", CONTROLLER_NAME)
        .addCrdSet(CRDS)
        .build();
  }
}
