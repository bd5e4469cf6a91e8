package dev.stackwright.mesh;

import dev.stackwright.core.cluster.CrdSet;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/**
 * The group, version and kinds of Consul's config entries on Kubernetes (consul.hashicorp.com
 * v1alpha1, as the consul-k8s chart {@value ControlPlane#DEFAULT_CONSUL_VERSION} installs them),
 * which have no fabric8 model.
 */
public final class ConsulApi {
  /** The API group of Consul's config entries. */
  public static final String GROUP = "consul.hashicorp.com";

  /** The apiVersion of every config entry. */
  public static final String VERSION = GROUP + "/v1alpha1";

  /** The CRDs the consul chart installs (always; the chart has no switch). */
  public static final CrdSet CRDS =
      CrdSet.of(
          GROUP,
          "ExportedServices",
          "IngressGateway",
          "JWTProvider",
          "Mesh",
          "ProxyDefaults",
          "SamenessGroup",
          "ServiceDefaults",
          "ServiceIntentions",
          "ServiceResolver",
          "ServiceRouter",
          "ServiceSplitter",
          "TerminatingGateway");

  private ConsulApi() {}

  static HasMetadata resource(String kind, ObjectMeta metadata, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(VERSION)
        .withKind(kind)
        .withMetadata(metadata)
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
