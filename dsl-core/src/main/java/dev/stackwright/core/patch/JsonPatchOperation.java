package dev.stackwright.core.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.zjsonpatch.JsonPatch;
import java.util.Objects;
import java.util.Optional;

/** An RFC 6902 JSON patch applied to the object's JSON form (with fabric8's zjsonpatch). */
final class JsonPatchOperation implements Patch {
  private final String kind;
  private final Optional<String> namespace;
  private final String name;
  private final String rfc6902;

  JsonPatchOperation(String kind, Optional<String> namespace, String name, String rfc6902) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.namespace = namespace;
    this.name = Objects.requireNonNull(name, "name");
    this.rfc6902 = Objects.requireNonNull(rfc6902, "patch");
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public Optional<String> namespace() {
    return namespace;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean matches(HasMetadata object) {
    return kind.equals(object.getKind())
        && name.equals(object.getMetadata().getName())
        && namespace.map(ns -> ns.equals(object.getMetadata().getNamespace())).orElse(true);
  }

  @Override
  public HasMetadata apply(HasMetadata object) {
    JsonNode operations;
    try {
      operations = Yaml.json().readTree(rfc6902);
    } catch (JsonProcessingException e) {
      throw new PatchException("the patch is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (!operations.isArray()) {
      throw new PatchException("an RFC 6902 patch is a JSON array of operations", null);
    }
    JsonNode document = Yaml.tree(object);
    for (int i = 0; i < operations.size(); i++) {
      JsonNode op = operations.get(i);
      Optional<String> problem = JsonPatchCheck.check(op, document);
      if (problem.isPresent()) {
        throw new PatchException(describe(op, i) + ": " + problem.get(), null);
      }
      try {
        document = JsonPatch.apply(Yaml.json().createArrayNode().add(op), document);
      } catch (RuntimeException e) {
        throw new PatchException(describe(op, i) + ": " + e.getMessage(), e);
      }
    }
    try {
      return Yaml.fromTree(document, object.getClass());
    } catch (JsonProcessingException e) {
      throw new PatchException(
          "the patched object is no longer a valid " + kind + ": " + e.getOriginalMessage(), e);
    }
  }

  /** {@code operations[1] (remove /metadata/labels/x)}: which operation failed. */
  private static String describe(JsonNode op, int index) {
    String what = op.path("op").asText("?") + " " + op.path("path").asText("");
    return "operations[" + index + "] (" + what.trim() + ")";
  }
}
