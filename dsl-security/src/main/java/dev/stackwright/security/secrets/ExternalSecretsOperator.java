package dev.stackwright.security.secrets;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;

/**
 * The External Secrets Operator as a release of its chart ({@code external-secrets} {@value
 * #VERSION} from {@value #REPOSITORY}), installing the external-secrets.io CRDs ({@link #CRDS}), so
 * ExternalSecrets and stores are applied in a stage after it.
 *
 * <pre>{@code
 * ExternalSecretsOperator.release("external-secrets")
 * }</pre>
 */
public final class ExternalSecretsOperator {
  /** The pinned chart version (operator v2.8.0, API {@code external-secrets.io/v1}). */
  public static final String VERSION = "2.8.0";

  /** The chart repository. */
  public static final String REPOSITORY = "https://charts.external-secrets.io";

  /** The API group of the operator's kinds. */
  public static final String GROUP = "external-secrets.io";

  /** The apiVersion of ExternalSecret, SecretStore and ClusterSecretStore. */
  public static final String API_VERSION = GROUP + "/v1";

  /** The CRDs the chart installs unless {@code installCRDs} is false. */
  public static final CrdSet CRDS =
      CrdSet.of(
              GROUP,
              "ExternalSecret",
              "SecretStore",
              "ClusterSecretStore",
              "ClusterExternalSecret",
              "PushSecret",
              "ClusterPushSecret")
          .switchedBy("installCRDs");

  private ExternalSecretsOperator() {}

  /** The operator, released into {@code namespace} with its CRDs. */
  public static ChartRelease release(String namespace) {
    return ChartRelease.builder()
        .name("external-secrets")
        .namespace(namespace)
        .chart("external-secrets")
        .repository(REPOSITORY)
        .version(VERSION)
        .putValue("installCRDs", true)
        .addCrdSet(CRDS)
        .build();
  }
}
