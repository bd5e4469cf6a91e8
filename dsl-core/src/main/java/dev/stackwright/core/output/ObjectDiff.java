package dev.stackwright.core.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.zjsonpatch.JsonDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares objects, not text: a fresh synthesis against the YAML files of an earlier output folder,
 * object by object (keyed by apiVersion, kind, namespace and name), and field by field inside a
 * changed object.
 */
public final class ObjectDiff {
  /** One difference: an object added, removed, or changed at the listed field paths. */
  public record Change(char sign, String object, List<String> fields) {}

  private ObjectDiff() {}

  /** Every object of the YAML files directly inside {@code folder}, as JSON trees by key. */
  public static Map<String, JsonNode> read(Path folder) throws IOException {
    Map<String, JsonNode> objects = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return objects;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .filter(p -> !p.getFileName().toString().equals(ManifestFiles.KUSTOMIZATION))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      for (JsonNode doc : Yaml.trees(Files.readString(file))) {
        if (doc.has("kind")) {
          objects.put(key(doc), doc);
        }
      }
    }
    return objects;
  }

  /** The fresh objects as the same JSON trees the files would hold. */
  public static Map<String, JsonNode> fresh(List<HasMetadata> objects) throws IOException {
    return byKey(Yaml.trees(objects));
  }

  /** Objects' JSON trees by the key that compares them. */
  public static Map<String, JsonNode> byKey(List<JsonNode> objects) {
    Map<String, JsonNode> trees = new TreeMap<>();
    for (JsonNode tree : objects) {
      trees.put(key(tree), tree);
    }
    return trees;
  }

  /** The changes that turn {@code before} into {@code after}, in key order. */
  public static List<Change> compare(Map<String, JsonNode> before, Map<String, JsonNode> after) {
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        changes.add(new Change('-', e.getKey(), List.of()));
      }
    }
    for (Map.Entry<String, JsonNode> e : after.entrySet()) {
      JsonNode old = before.get(e.getKey());
      if (old == null) {
        changes.add(new Change('+', e.getKey(), List.of()));
      } else if (!old.equals(e.getValue())) {
        changes.add(new Change('~', e.getKey(), fields(old, e.getValue())));
      }
    }
    return changes;
  }

  private static List<String> fields(JsonNode old, JsonNode now) {
    List<String> fields = new ArrayList<>();
    for (JsonNode op : JsonDiff.asJson(old, now)) {
      String path = op.path("path").asText();
      String kind = op.path("op").asText();
      String field = path.isEmpty() ? "/" : path;
      switch (kind) {
        case "add" -> fields.add(field + ": added " + brief(op.get("value")));
        case "remove" -> fields.add(field + ": removed " + brief(old.at(path)));
        case "replace" ->
            fields.add(field + ": " + brief(old.at(path)) + " -> " + brief(op.get("value")));
        default -> fields.add(field + ": " + kind);
      }
    }
    return fields;
  }

  private static String brief(JsonNode value) {
    String text = value == null ? "null" : value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String key(JsonNode doc) {
    JsonNode meta = doc.path("metadata");
    String ns = meta.path("namespace").asText("");
    return doc.path("kind").asText()
        + " "
        + (ns.isEmpty() ? "" : ns + "/")
        + meta.path("name").asText()
        + " ("
        + doc.path("apiVersion").asText()
        + ")";
  }
}
