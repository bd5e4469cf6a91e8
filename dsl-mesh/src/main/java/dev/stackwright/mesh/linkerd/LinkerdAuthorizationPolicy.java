package dev.stackwright.mesh.linkerd;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Linkerd {@code AuthorizationPolicy} (policy.linkerd.io/v1alpha1): admits the clients of a
 * MeshTLSAuthentication to a Server, or to one inbound HTTPRoute of a Server.
 */
public final class LinkerdAuthorizationPolicy {
  /** The kind. */
  public static final String KIND = "AuthorizationPolicy";

  private LinkerdAuthorizationPolicy() {}

  /** A policy admitting the clients of {@code authentication} to the Server {@code server}. */
  public static GenericKubernetesResource forServer(
      ObjectMeta metadata, String server, String authentication) {
    return of(
        metadata, LinkerdApi.ref(LinkerdApi.GROUP, LinkerdServer.KIND, server), authentication);
  }

  /**
   * A policy admitting the clients of {@code authentication} to the inbound route {@code route}.
   */
  public static GenericKubernetesResource forRoute(
      ObjectMeta metadata, String route, String authentication) {
    return of(
        metadata, LinkerdApi.ref(LinkerdApi.GROUP, LinkerdHttpRoute.KIND, route), authentication);
  }

  private static GenericKubernetesResource of(
      ObjectMeta metadata, Map<String, Object> targetRef, String authentication) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("targetRef", targetRef);
    spec.put(
        "requiredAuthenticationRefs",
        List.of(
            LinkerdApi.ref(LinkerdApi.GROUP, LinkerdMeshTlsAuthentication.KIND, authentication)));
    return LinkerdApi.resource(LinkerdApi.AUTHORIZATION_POLICY_VERSION, KIND, metadata, spec);
  }
}
