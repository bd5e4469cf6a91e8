package dev.stackwright.core.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackwright.core.yaml.Yaml;
import java.io.UncheckedIOException;

/**
 * A string as a double-quoted literal, escaped the JSON way: a valid YAML double-quoted scalar and
 * a valid Starlark string literal alike, whatever the path or name holds.
 */
final class Quoted {
  private Quoted() {}

  static String of(String value) {
    try {
      return Yaml.json().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
