package dev.stackwright.core.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CRD version's {@code openAPIV3Schema} as the API server applies it to an object, ready for a
 * JSON-schema validator: unknown fields refused wherever the schema lists properties and neither
 * says {@code x-kubernetes-preserve-unknown-fields} nor sets {@code additionalProperties}, and
 * {@code apiVersion}, {@code kind} and {@code metadata} accepted at the root whether the schema
 * lists them or not (Knative's CRDs do not). Used by the CRD checks at synth time and by the test
 * support's {@code CrdSchemas}, so both read a schema the same way.
 */
public final class StructuralSchemas {
  private static final Set<String> LOGICAL = Set.of("anyOf", "oneOf", "allOf", "not");

  private StructuralSchemas() {}

  /** A closed copy of {@code openApiV3Schema}; the argument is not changed. */
  public static JsonNode closed(JsonNode openApiV3Schema) {
    JsonNode schema = openApiV3Schema.deepCopy();
    implicitRootFields(schema);
    close(schema);
    return schema;
  }

  private static void implicitRootFields(JsonNode schema) {
    if (schema instanceof ObjectNode root && root.path("properties").isObject()) {
      ObjectNode properties = (ObjectNode) root.get("properties");
      for (String field : List.of("apiVersion", "kind")) {
        if (!properties.has(field)) {
          properties.putObject(field).put("type", "string");
        }
      }
      if (!properties.has("metadata")) {
        properties
            .putObject("metadata")
            .put("type", "object")
            .put("x-kubernetes-preserve-unknown-fields", true);
      }
    }
  }

  private static void close(JsonNode node) {
    if (node.isArray()) {
      node.forEach(StructuralSchemas::close);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    if (object.has("properties")
        && !object.has("additionalProperties")
        && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      object.put("additionalProperties", false);
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String key = field.getKey();
      if (key.equals("properties") || key.equals("patternProperties")) {
        field.getValue().forEach(StructuralSchemas::close);
      } else if (!key.equals("enum") && !key.equals("default") && !LOGICAL.contains(key)) {
        // The branches of anyOf/oneOf/allOf/not only validate values of the structural schema
        // around them (a CRD's schema must be structural); the API server prunes by that
        // schema, never by a branch, so a branch stays open (Cilium's oneOf on endpointSelector).
        close(field.getValue());
      }
    }
  }
}
