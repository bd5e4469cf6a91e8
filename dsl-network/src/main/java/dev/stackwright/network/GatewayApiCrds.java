package dev.stackwright.network;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.GitRelease;

/**
 * The Gateway API CRDs of the standard channel as a release from the upstream repository
 * (kubernetes-sigs/gateway-api, folder {@code config/crd/standard} at tag {@value #VERSION}): a
 * Flux GitRepository + Kustomization, an Argo CD Application of the folder, or a helmfile release
 * of it (the same CRDs as the release's {@code standard-install.yaml}). It provides GatewayClass,
 * Gateway, HTTPRoute, GRPCRoute and ReferenceGrant, so routes rendered for the Gateway API are
 * applied in a stage after it.
 *
 * <pre>{@code
 * Stack.builder()...add(GatewayApiCrds.standard("kube-system"))
 * }</pre>
 */
public final class GatewayApiCrds {
  /** The pinned release tag: v1.3.0, whose standard channel holds exactly {@link #KINDS}. */
  public static final String VERSION = "v1.3.0";

  /** The upstream repository. */
  public static final String REPOSITORY = "https://github.com/kubernetes-sigs/gateway-api";

  /** The folder of the standard channel's CRDs. */
  public static final String STANDARD_PATH = "config/crd/standard";

  /** The kinds of the standard channel at {@link #VERSION}. */
  public static final CrdSet KINDS =
      CrdSet.of(
          "gateway.networking.k8s.io",
          "GatewayClass",
          "Gateway",
          "HTTPRoute",
          "GRPCRoute",
          "ReferenceGrant");

  private GatewayApiCrds() {}

  /**
   * The standard channel's CRDs at {@link #VERSION}, as release {@code gateway-api-crds} whose Flux
   * objects (or helmfile release) live in {@code namespace}.
   */
  public static GitRelease standard(String namespace) {
    return GitRelease.builder()
        .name("gateway-api-crds")
        .namespace(namespace)
        .url(REPOSITORY)
        .ref(VERSION)
        .path(STANDARD_PATH)
        .addCrdSet(KINDS)
        .build();
  }
}
