package dev.stackwright.core.patch;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * What RFC 6902 requires of one operation before it is applied to a document: a known {@code op}, a
 * {@code path} (and {@code from}, {@code value}) where the operation needs one, and targets that
 * exist. In particular a {@code remove} or {@code replace} of a path that does not exist is an
 * error (RFC 6902, sections 4.2 and 4.3), never a silent no-op.
 */
final class JsonPatchCheck {
  private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

  private JsonPatchCheck() {}

  /** What is wrong with {@code op} against {@code document}, or empty when it can be applied. */
  static Optional<String> check(JsonNode op, JsonNode document) {
    if (!op.isObject()) {
      return Optional.of(
          "each operation is a JSON object such as {\"op\": \"remove\", \"path\": ...}");
    }
    String name = op.path("op").asText("");
    if (!OPS.contains(name)) {
      return Optional.of(
          "unknown op \"" + name + "\"; expected add, remove, replace, move, copy or test");
    }
    if (!op.path("path").isTextual()) {
      return Optional.of("the operation has no \"path\"");
    }
    String path = op.get("path").asText();
    JsonPointer pointer;
    try {
      pointer = JsonPointer.compile(path);
    } catch (IllegalArgumentException e) {
      return Optional.of("\"" + path + "\" is not a JSON pointer (it starts with '/')");
    }
    if ((name.equals("add") || name.equals("replace") || name.equals("test")) && !op.has("value")) {
      return Optional.of("an " + name + " operation needs a \"value\"");
    }
    switch (name) {
      case "remove", "replace", "test" -> {
        if (document.at(pointer).isMissingNode()) {
          return Optional.of(
              "the path does not exist in the object, so there is nothing to " + name);
        }
      }
      case "add" -> {
        return parentProblem(pointer, path, document);
      }
      case "move", "copy" -> {
        if (!op.path("from").isTextual()) {
          return Optional.of("a " + name + " operation needs a \"from\"");
        }
        String from = op.get("from").asText();
        try {
          if (document.at(JsonPointer.compile(from)).isMissingNode()) {
            return Optional.of("the from path " + from + " does not exist in the object");
          }
        } catch (IllegalArgumentException e) {
          return Optional.of("\"" + from + "\" is not a JSON pointer (it starts with '/')");
        }
        if (name.equals("move") && (path.equals(from) || path.startsWith(from + "/"))) {
          return Optional.of("cannot move " + from + " into itself");
        }
        return parentProblem(pointer, path, document);
      }
      default -> {
        // every op is handled above
      }
    }
    return Optional.empty();
  }

  /** An add (or the target of a move or copy) needs an existing parent object or array. */
  private static Optional<String> parentProblem(
      JsonPointer pointer, String path, JsonNode document) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    JsonNode parent = document.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent.isMissingNode()) {
      return Optional.of(
          "the parent of "
              + path
              + " does not exist; add the parent first (an add creates one level)");
    }
    if (parent.isArray() && !last.equals("-")) {
      int index;
      try {
        index = Integer.parseInt(last);
      } catch (NumberFormatException e) {
        return Optional.of("\"" + last + "\" is not an array index (a number or -)");
      }
      if (index < 0 || index > parent.size()) {
        return Optional.of(
            "index " + index + " is out of bounds: the array has " + parent.size() + " elements");
      }
    } else if (!parent.isArray() && !parent.isObject()) {
      return Optional.of("the parent of " + path + " is a value, not an object or array");
    }
    return Optional.empty();
  }
}
