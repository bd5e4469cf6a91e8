package dev.stackwright.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.stackwright.core.cluster.StructuralSchemas;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI v3 schema of one CRD version, as the API server applies it with strict field
 * validation: required fields, types, enums, patterns and bounds, and unknown fields refused
 * wherever the schema neither says {@code x-kubernetes-preserve-unknown-fields} nor {@code
 * additionalProperties}. {@code apiVersion}, {@code kind} and {@code metadata} are accepted on
 * every object, whether the schema lists them or not.
 */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

  /** One way an object breaks the schema: the field's path and what was expected. */
  record Violation(String field, String message) {}

  private final Schema schema;

  SchemaCheck(JsonNode openApiSchema) {
    JsonNode closed = StructuralSchemas.closed(openApiSchema);
    this.schema = REGISTRY.getSchema(closed.toString(), InputFormat.JSON);
  }

  /** Every violation of the schema by {@code object} (a JSON tree), in the validator's order. */
  List<Violation> violations(JsonNode object) {
    List<Violation> out = new ArrayList<>();
    for (Error e : schema.validate(object)) {
      String field = fieldPath(object, e.getInstanceLocation().toString());
      String keyword = e.getKeyword() == null ? "" : e.getKeyword();
      if ((keyword.equals("required") || keyword.equals("additionalProperties"))
          && e.getProperty() != null) {
        field = field.isEmpty() ? e.getProperty() : field + "." + e.getProperty();
      }
      out.add(new Violation(field, message(keyword, e)));
    }
    return out;
  }

  /**
   * The dotted path ({@code spec.triggers[0].type}) of the JSON pointer {@code pointer} ({@code
   * /spec/triggers/0/type}) in {@code object}: array members by index, object fields by name.
   */
  static String fieldPath(JsonNode object, String pointer) {
    StringBuilder path = new StringBuilder();
    JsonNode node = object;
    for (String raw : pointer.split("/", -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node.isArray()) {
        path.append('[').append(segment).append(']');
        node = node.path(Integer.parseInt(segment));
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
        node = node.path(segment);
      }
    }
    return path.toString();
  }

  private static String message(String keyword, Error e) {
    return switch (keyword) {
      case "required" -> "required by the CRD's schema, missing";
      case "additionalProperties" -> "not a field of the CRD's schema (unknown fields are refused)";
      default -> e.getMessage();
    };
  }
}
