package dev.stackwright.mesh.linkerd;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/**
 * The group, versions and kinds of Linkerd's policy API (policy.linkerd.io), which has no fabric8
 * model: the versions are the ones Linkerd's CRDs serve and store (Server {@code v1beta3},
 * AuthorizationPolicy and MeshTLSAuthentication {@code v1alpha1}, HTTPRoute {@code v1beta3}).
 */
public final class LinkerdApi {
  /** The API group of Linkerd's policy resources. */
  public static final String GROUP = "policy.linkerd.io";

  /** The apiVersion of {@code Server}. */
  public static final String SERVER_VERSION = GROUP + "/v1beta3";

  /** The apiVersion of {@code AuthorizationPolicy}. */
  public static final String AUTHORIZATION_POLICY_VERSION = GROUP + "/v1alpha1";

  /** The apiVersion of {@code MeshTLSAuthentication}. */
  public static final String MESH_TLS_AUTHENTICATION_VERSION = GROUP + "/v1alpha1";

  /** The apiVersion of Linkerd's own {@code HTTPRoute}, used for inbound (Server) routes. */
  public static final String HTTP_ROUTE_VERSION = GROUP + "/v1beta3";

  private LinkerdApi() {}

  static GenericKubernetesResource resource(
      String apiVersion, String kind, ObjectMeta metadata, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(apiVersion)
        .withKind(kind)
        .withMetadata(metadata)
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }

  static Map<String, Object> ref(String group, String kind, String name) {
    return Map.of("group", group, "kind", kind, "name", name);
  }
}
