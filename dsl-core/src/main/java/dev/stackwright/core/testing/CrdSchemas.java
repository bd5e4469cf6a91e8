package dev.stackwright.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;

/**
 * Validates objects against the OpenAPI schema of a real CustomResourceDefinition, the way the API
 * server and {@code kubectl apply --validate=strict} see them: the object as written (its YAML read
 * back), checked against the schema of the CRD version its {@code apiVersion} names, with unknown
 * fields refused (every object schema that does not say {@code
 * x-kubernetes-preserve-unknown-fields} or {@code additionalProperties} is closed).
 *
 * <pre>{@code
 * CrdSchemas.assertValid(kustomization, Path.of("src/test/resources/crds/kustomizations.yaml"));
 * }</pre>
 *
 * <p>Needs {@code com.networknt:json-schema-validator} on the test class path.
 */
public final class CrdSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
  private static final java.util.Set<String> LOGICAL =
      java.util.Set.of("anyOf", "oneOf", "allOf", "not");

  private CrdSchemas() {}

  /** Asserts that {@code object} is valid for the CRD in {@code crdFile}. */
  public static void assertValid(HasMetadata object, Path crdFile) {
    List<String> problems = problems(object, crdFile);
    if (!problems.isEmpty()) {
      Assertions.fail(
          "%s %s is not valid for %s:%n  %s",
          object.getKind(),
          object.getMetadata().getName(),
          crdFile.getFileName(),
          String.join("\n  ", problems));
    }
  }

  /** Every way {@code object} breaks the schema of the CRD in {@code crdFile}; empty if none. */
  public static List<String> problems(HasMetadata object, Path crdFile) {
    JsonNode tree;
    try {
      tree = Yaml.mapper().readTree(Yaml.write(object));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String apiVersion = tree.path("apiVersion").asText();
    Schema schema = schema(crdFile, apiVersion, tree.path("kind").asText());
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(tree)) {
      out.add(e.toString());
    }
    return out;
  }

  private static Schema schema(Path crdFile, String apiVersion, String kind) {
    String key = crdFile.toAbsolutePath().normalize() + " " + apiVersion + " " + kind;
    return CACHE.computeIfAbsent(key, k -> load(crdFile, apiVersion, kind));
  }

  private static Schema load(Path crdFile, String apiVersion, String kind) {
    JsonNode crd;
    try {
      List<JsonNode> docs = Yaml.trees(Files.readString(crdFile, StandardCharsets.UTF_8));
      if (docs.size() != 1) {
        throw new IllegalArgumentException(
            crdFile
                + " should hold one CustomResourceDefinition, holds "
                + docs.size()
                + " documents");
      }
      crd = docs.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asText();
    String crdKind = spec.path("names").path("kind").asText();
    if (!crdKind.equals(kind) || !apiVersion.startsWith(group + "/")) {
      throw new AssertionError(
          "the object is a "
              + kind
              + " of "
              + apiVersion
              + ", the CRD in "
              + crdFile
              + " defines "
              + crdKind
              + " of "
              + group);
    }
    String version = apiVersion.substring(group.length() + 1);
    for (JsonNode v : spec.path("versions")) {
      if (v.path("name").asText().equals(version)) {
        if (!v.path("served").asBoolean(false)) {
          throw new AssertionError(apiVersion + " is not served by the CRD in " + crdFile);
        }
        JsonNode schema = v.path("schema").path("openAPIV3Schema").deepCopy();
        implicitRootFields(schema);
        close(schema);
        return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
      }
    }
    throw new AssertionError("the CRD in " + crdFile + " has no version " + version);
  }

  /** Refuses unknown fields where the API server would prune or refuse them. */
  /**
   * The API server accepts {@code apiVersion}, {@code kind} and {@code metadata} on every custom
   * resource whether its schema lists them or not (Knative's CRDs do not), so they are added to the
   * root before it is closed.
   */
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
      node.forEach(CrdSchemas::close);
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
      if (field.getKey().equals("properties") || field.getKey().equals("patternProperties")) {
        field.getValue().forEach(CrdSchemas::close);
      } else if (!field.getKey().equals("enum")
          && !field.getKey().equals("default")
          && !LOGICAL.contains(field.getKey())) {
        // The branches of anyOf/oneOf/allOf/not only validate values of the structural schema
        // around them (a CRD's schema must be structural); the API server prunes by that
        // schema, never by a branch, so a branch stays open (Cilium's oneOf on endpointSelector).
        close(field.getValue());
      }
    }
  }
}
