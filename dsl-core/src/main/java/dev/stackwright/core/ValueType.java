package dev.stackwright.core;

import java.util.List;
import java.util.Map;

/** The type of a chart value, as values.schema.json states it and the default must match. */
public enum ValueType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  LIST("array"),
  MAP("object");

  private final String jsonType;

  ValueType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** The JSON Schema type name. */
  public String jsonType() {
    return jsonType;
  }

  /** Whether {@code value} is of this type. */
  public boolean accepts(Object value) {
    return switch (this) {
      case STRING -> value instanceof String;
      case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Short;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case LIST -> value instanceof List<?>;
      case MAP -> value instanceof Map<?, ?>;
    };
  }
}
