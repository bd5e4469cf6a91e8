package dev.stackwright.mesh.linkerd;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An inbound Linkerd {@code HTTPRoute} (policy.linkerd.io/v1beta3) attached to a Server: the
 * requests (paths and methods) an AuthorizationPolicy can then admit on their own.
 */
public final class LinkerdHttpRoute {
  /** The kind. */
  public static final String KIND = "HTTPRoute";

  private LinkerdHttpRoute() {}

  /**
   * One request match: a path (exact, or a prefix when {@code prefix}) and/or a method.
   *
   * @param path the path, when the match has one
   * @param prefix whether the path is a prefix
   * @param method the HTTP method, when the match has one
   */
  public record Match(Optional<String> path, boolean prefix, Optional<String> method) {}

  /** A route on the Server {@code server} matching any of {@code matches}. */
  public static GenericKubernetesResource inbound(
      ObjectMeta metadata, String server, List<Match> matches) {
    List<Map<String, Object>> rendered = new ArrayList<>();
    for (Match m : matches) {
      Map<String, Object> match = new LinkedHashMap<>();
      m.path()
          .ifPresent(
              p ->
                  match.put(
                      "path", Map.of("type", m.prefix() ? "PathPrefix" : "Exact", "value", p)));
      m.method().ifPresent(method -> match.put("method", method));
      rendered.add(match);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("parentRefs", List.of(LinkerdApi.ref(LinkerdApi.GROUP, LinkerdServer.KIND, server)));
    spec.put("rules", List.of(Map.of("matches", rendered)));
    return LinkerdApi.resource(LinkerdApi.HTTP_ROUTE_VERSION, KIND, metadata, spec);
  }
}
