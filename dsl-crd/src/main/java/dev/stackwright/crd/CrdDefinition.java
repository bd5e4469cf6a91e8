package dev.stackwright.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.cluster.ApiKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One CustomResourceDefinition document, read and checked for what import and validation need: an
 * {@code apiextensions.k8s.io/v1} CRD with a group, names, a scope and at least one version, each
 * with an OpenAPI v3 schema.
 */
final class CrdDefinition {
  static final String API_VERSION = "apiextensions.k8s.io/v1";

  /** One version of the CRD and its schema. */
  record Version(String name, boolean served, JsonNode schema) {}

  private final JsonNode document;
  private final ApiKind kind;
  private final boolean namespaced;
  private final List<Version> versions;

  private CrdDefinition(
      JsonNode document, ApiKind kind, boolean namespaced, List<Version> versions) {
    this.document = document;
    this.kind = kind;
    this.namespaced = namespaced;
    this.versions = versions;
  }

  /**
   * The CRD in {@code document}, or empty with every reason it is not one added to {@code problems}
   * (each a field path and what was expected).
   */
  static Optional<CrdDefinition> read(JsonNode document, List<String> problems) {
    int before = problems.size();
    String apiVersion = document.path("apiVersion").asText("");
    String kindName = document.path("kind").asText("");
    if (!kindName.equals("CustomResourceDefinition") || !apiVersion.equals(API_VERSION)) {
      problems.add(
          String.format(
              "expected a CustomResourceDefinition of %s, found kind \"%s\" of apiVersion \"%s\"",
              API_VERSION, kindName, apiVersion));
      return Optional.empty();
    }
    JsonNode spec = document.path("spec");
    String group = text(spec, "group", "spec.group", problems);
    String kind = text(spec.path("names"), "kind", "spec.names.kind", problems);
    String plural = text(spec.path("names"), "plural", "spec.names.plural", problems);
    String scope = spec.path("scope").asText("");
    if (!scope.equals("Namespaced") && !scope.equals("Cluster")) {
      problems.add(String.format("spec.scope: expected Namespaced or Cluster, was \"%s\"", scope));
    }
    List<Version> versions = new ArrayList<>();
    JsonNode list = spec.path("versions");
    if (!list.isArray() || list.isEmpty()) {
      problems.add("spec.versions: expected at least one version, found none");
    } else {
      for (int i = 0; i < list.size(); i++) {
        JsonNode v = list.get(i);
        String at = "spec.versions[" + i + "]";
        String name = text(v, "name", at + ".name", problems);
        JsonNode schema = v.path("schema").path("openAPIV3Schema");
        if (!schema.isObject()) {
          problems.add(at + ".schema.openAPIV3Schema: expected the version's OpenAPI v3 schema");
        }
        versions.add(new Version(name, v.path("served").asBoolean(false), schema));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new CrdDefinition(
            document,
            ApiKind.of(group, kind, plural),
            scope.equals("Namespaced"),
            List.copyOf(versions)));
  }

  private static String text(JsonNode node, String field, String path, List<String> problems) {
    String value = node.path(field).asText("");
    if (value.isEmpty()) {
      problems.add(path + ": expected a value, found none");
    }
    return value;
  }

  /** The whole CRD document. */
  JsonNode document() {
    return document;
  }

  /** The group, kind and plural the CRD defines. */
  ApiKind kind() {
    return kind;
  }

  /** Whether objects of the kind are namespaced. */
  boolean namespaced() {
    return namespaced;
  }

  /** The versions, in the CRD's order. */
  List<Version> versions() {
    return versions;
  }

  /** The version named {@code name}, if the CRD defines it. */
  Optional<Version> version(String name) {
    return versions.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The CRD's name: {@code plural.group}. */
  String name() {
    return kind.crdName();
  }
}
