package dev.stackwright.mesh.linkerd;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Linkerd {@code Server} (policy.linkerd.io/v1beta3): one named port of the pods a selector
 * picks, with the access policy applied to traffic no AuthorizationPolicy allows.
 */
public final class LinkerdServer {
  /** The kind. */
  public static final String KIND = "Server";

  private LinkerdServer() {}

  /**
   * A Server for port {@code portName} of the pods matching {@code podLabels}.
   *
   * @param metadata name and namespace (the pods' namespace)
   * @param podLabels the labels that select the pods
   * @param portName the pods' port name
   * @param accessPolicy what happens to traffic no policy authorizes
   */
  public static GenericKubernetesResource of(
      ObjectMeta metadata,
      Map<String, String> podLabels,
      String portName,
      AccessPolicy accessPolicy) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("podSelector", Map.of("matchLabels", new TreeMap<>(podLabels)));
    spec.put("port", portName);
    spec.put("accessPolicy", accessPolicy.value());
    return LinkerdApi.resource(LinkerdApi.SERVER_VERSION, KIND, metadata, spec);
  }
}
