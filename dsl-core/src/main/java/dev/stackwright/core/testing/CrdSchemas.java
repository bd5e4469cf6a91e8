package dev.stackwright.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.stackwright.core.cluster.StructuralSchemas;
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
        JsonNode schema = StructuralSchemas.closed(v.path("schema").path("openAPIV3Schema"));
        return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
      }
    }
    throw new AssertionError("the CRD in " + crdFile + " has no version " + version);
  }
}
