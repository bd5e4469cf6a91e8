package dev.stackwright.registry;

import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ListenerBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.SecretObjectReferenceBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The chart values of a {@link Harbor}, with the chart's names, and its Gateway. */
final class HarborValues {
  private HarborValues() {}

  static Map<String, Object> of(Harbor harbor) {
    Map<String, Object> values = new TreeMap<>();
    values.put("externalURL", harbor.externalUrl());
    values.put("expose", expose(harbor));
    values.put("existingSecretAdminPassword", harbor.adminPasswordSecret().name());
    values.put("existingSecretAdminPasswordKey", "HARBOR_ADMIN_PASSWORD");
    values.put("persistence", persistence(harbor));
    if (!harbor.trivy()) {
      values.put("trivy", Map.of("enabled", false));
    }
    return merge(values, harbor.extraValues());
  }

  private static Map<String, Object> expose(Harbor harbor) {
    Map<String, Object> expose = new TreeMap<>();
    Map<String, Object> tls = new TreeMap<>();
    tls.put("enabled", true);
    Optional<String> ingressClass = harbor.exposure().ingressClassName();
    if (ingressClass.isPresent()) {
      expose.put("type", "ingress");
      Map<String, Object> ingress = new TreeMap<>();
      ingress.put("className", ingressClass.get());
      ingress.put("hosts", Map.of("core", harbor.host()));
      expose.put("ingress", ingress);
      harbor
          .tlsSecret()
          .ifPresent(
              s -> {
                tls.put("certSource", "secret");
                tls.put("secret", Map.of("secretName", s.name()));
              });
    } else {
      // The Gateway terminates TLS; the chart's HTTPRoute attaches to its HTTPS listener.
      expose.put("type", "route");
      expose.put(
          "route",
          Map.of(
              "hosts",
              List.of(harbor.host()),
              "parentRefs",
              List.of(Map.of("name", harbor.name(), "sectionName", "https"))));
      tls.put("certSource", "none");
    }
    expose.put("tls", tls);
    return expose;
  }

  private static Map<String, Object> persistence(Harbor harbor) {
    Map<String, Object> claims = new TreeMap<>();
    harbor
        .storage()
        .forEach(
            (volume, template) -> {
              Map<String, Object> node = claims;
              String[] keys = volume.key().split("\\.", -1);
              for (int i = 0; i < keys.length - 1; i++) {
                node = child(node, keys[i]);
              }
              node.put(keys[keys.length - 1], claim(template));
            });
    Map<String, Object> persistence = new TreeMap<>();
    persistence.put("enabled", true);
    persistence.put("persistentVolumeClaim", claims);
    return persistence;
  }

  /** The chart's claim settings from the template: storage class, size, access mode. */
  static Map<String, Object> claim(ClaimTemplate template) {
    PersistentVolumeClaim pvc = template.toClaimTemplate();
    Map<String, Object> claim = new TreeMap<>();
    if (pvc.getSpec() == null) {
      return claim;
    }
    Optional.ofNullable(pvc.getSpec().getStorageClassName())
        .ifPresent(c -> claim.put("storageClass", c));
    size(pvc).ifPresent(s -> claim.put("size", s));
    List<String> modes = pvc.getSpec().getAccessModes();
    if (modes != null && !modes.isEmpty()) {
      claim.put("accessMode", modes.get(0));
    }
    return claim;
  }

  static Optional<String> size(PersistentVolumeClaim pvc) {
    if (pvc.getSpec() == null || pvc.getSpec().getResources() == null) {
      return Optional.empty();
    }
    Map<String, Quantity> requests = pvc.getSpec().getResources().getRequests();
    return Optional.ofNullable(requests == null ? null : requests.get("storage"))
        .map(Quantity::toString);
  }

  /** Harbor's own Gateway of class {@code className}: HTTPS on its host with its TLS Secret. */
  static HasMetadata gateway(Harbor harbor, String className, SynthContext context) {
    ListenerBuilder https =
        new ListenerBuilder()
            .withName("https")
            .withProtocol("HTTPS")
            .withPort(443)
            .withHostname(harbor.host());
    harbor
        .tlsSecret()
        .ifPresent(
            s ->
                https
                    .withNewTls()
                    .withMode("Terminate")
                    .withCertificateRefs(
                        new SecretObjectReferenceBuilder()
                            .withKind("Secret")
                            .withName(s.name())
                            .build())
                    .endTls());
    return new GatewayBuilder()
        .withMetadata(context.metadata(harbor).build())
        .withNewSpec()
        .withGatewayClassName(className)
        .withListeners(https.build())
        .endSpec()
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.computeIfAbsent(key, k -> new TreeMap<String, Object>());
  }

  /** {@code over} merged into {@code base}, map by map; {@code over}'s other values win. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new TreeMap<>(base);
    over.forEach(
        (key, value) -> {
          Object existing = out.get(key);
          if (existing instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
            out.put(key, merge((Map<String, Object>) a, (Map<String, Object>) b));
          } else {
            out.put(key, value);
          }
        });
    return out;
  }
}
