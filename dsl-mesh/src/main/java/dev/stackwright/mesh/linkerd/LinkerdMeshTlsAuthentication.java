package dev.stackwright.mesh.linkerd;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * A Linkerd {@code MeshTLSAuthentication} (policy.linkerd.io/v1alpha1): the set of mesh identities
 * ({@code <sa>.<ns>.serviceaccount.identity.linkerd.cluster.local}) an AuthorizationPolicy admits.
 */
public final class LinkerdMeshTlsAuthentication {
  /** The kind. */
  public static final String KIND = "MeshTLSAuthentication";

  private LinkerdMeshTlsAuthentication() {}

  /** An authentication that admits the clients with these proxy identities. */
  public static GenericKubernetesResource of(ObjectMeta metadata, List<String> identities) {
    return LinkerdApi.resource(
        LinkerdApi.MESH_TLS_AUTHENTICATION_VERSION,
        KIND,
        metadata,
        Map.of("identities", List.copyOf(identities)));
  }
}
