package dev.stackwright.security.policy;

import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.security.testing.CelPolicies;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CRD Gatekeeper generates for a template's constraint kind, as its constraint framework does:
 * {@code constraints.gatekeeper.sh/v1beta1}, a spec of {@code enforcementAction}, {@code match}
 * (left open here) and {@code parameters} with the template's own schema. Written to a temporary
 * file for {@code CrdSchemas}.
 */
final class ConstraintCrds {
  private ConstraintCrds() {}

  @SuppressWarnings("unchecked")
  static Path crdOf(HasMetadata template) {
    Map<String, Object> tree = CelPolicies.tree(template);
    Map<String, Object> crdSpec =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) tree.get("spec")).get("crd")).get("spec");
    String kind = (String) ((Map<String, Object>) crdSpec.get("names")).get("kind");
    Map<String, Object> params =
        new LinkedHashMap<>(
            (Map<String, Object>)
                ((Map<String, Object>) crdSpec.get("validation")).get("openAPIV3Schema"));
    params.putIfAbsent("additionalProperties", false);
    Map<String, Object> specProps = new LinkedHashMap<>();
    specProps.put("enforcementAction", Map.of("type", "string"));
    specProps.put("match", Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true));
    specProps.put("parameters", params);
    Map<String, Object> schema =
        Map.of(
            "type",
            "object",
            "properties",
            Map.of(
                "apiVersion", Map.of("type", "string"),
                "kind", Map.of("type", "string"),
                "metadata", Map.of("type", "object"),
                "spec", Map.of("type", "object", "properties", specProps)));
    Map<String, Object> crd =
        Map.of(
            "apiVersion",
            "apiextensions.k8s.io/v1",
            "kind",
            "CustomResourceDefinition",
            "metadata",
            Map.of("name", kind.toLowerCase(Locale.ROOT) + ".constraints.gatekeeper.sh"),
            "spec",
            Map.of(
                "group",
                "constraints.gatekeeper.sh",
                "names",
                Map.of("kind", kind, "plural", kind.toLowerCase(Locale.ROOT)),
                "scope",
                "Cluster",
                "versions",
                List.of(
                    Map.of(
                        "name",
                        "v1beta1",
                        "served",
                        true,
                        "storage",
                        true,
                        "schema",
                        Map.of("openAPIV3Schema", schema)))));
    try {
      Path file = Files.createTempFile(kind, ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, Yaml.mapper().writeValueAsString(crd));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
