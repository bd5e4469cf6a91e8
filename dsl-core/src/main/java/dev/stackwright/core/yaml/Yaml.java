package dev.stackwright.core.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stackwright's one YAML dialect: deterministic (map keys sorted, no document markers inside a
 * document, no timestamps), minimal quoting that still keeps {@code "true"} or {@code "8080"}
 * strings strings, and fabric8's typed reading back of Kubernetes objects.
 */
public final class Yaml {
  /** The line before every document of a multi-document stream or a per-object file. */
  public static final String DOCUMENT_START = "---\n";

  private Yaml() {}

  /**
   * The shared YAML mapper; do not reconfigure it. Made on first use: writing objects that have
   * generated writers ({@link BeanWriters}) does not need it.
   */
  public static ObjectMapper mapper() {
    return YamlMapper.MAPPER;
  }

  /** The shared JSON mapper, with the same ordering rules. */
  public static ObjectMapper json() {
    return JsonMapperHolder.MAPPER;
  }

  /** The YAML mapper, made when {@link #mapper()} is first called. */
  private static final class YamlMapper {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();
  }

  /** The JSON mapper, made when {@link #json()} is first called. */
  private static final class JsonMapperHolder {
    static final ObjectMapper MAPPER =
        JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  }

  /**
   * One object as a YAML document, without a leading {@code ---}: the bytes of {@code
   * mapper().writeValueAsString(object)}, written from the mapper's tokens by {@link YamlWriter}
   * (most of the time) or by Jackson's YAML generator (for what the writer leaves to it).
   */
  public static String write(Object object) {
    try {
      return YamlWriter.write(object);
    } catch (IOException e) {
      if (!NeedsJackson.in(e)) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return mapper().writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Objects as a multi-document YAML stream, each document after a {@code ---} line. The documents
   * are serialized on every core (the mapper is thread-safe) and joined in the given order, so the
   * text is the same as writing them one by one.
   */
  public static String writeAll(List<? extends HasMetadata> objects) {
    List<String> documents = writeEach(objects);
    int length = 0;
    for (String d : documents) {
      length += DOCUMENT_START.length() + d.length();
    }
    StringBuilder out = new StringBuilder(length);
    for (String d : documents) {
      out.append(DOCUMENT_START).append(d);
    }
    return out.toString();
  }

  /**
   * Each object as a YAML document ({@link #write}), in the given order, serialized on every core:
   * the documents are independent, so the result does not depend on how the work is split.
   */
  public static List<String> writeEach(List<? extends HasMetadata> objects) {
    return objects.parallelStream().map(Yaml::write).toList();
  }

  /**
   * An object as a JSON tree (for checks, diffs and patches). Made by the YAML mapper, whose
   * serializers writing the object builds anyway: a second mapper would introspect every fabric8
   * class again, which is most of what a short run spends on the checks.
   */
  public static JsonNode tree(Object object) {
    return mapper().valueToTree(object);
  }

  /** A deep copy of a fabric8 object, of the same class. */
  @SuppressWarnings("unchecked")
  public static <T extends HasMetadata> T copy(T object) {
    try {
      return (T) json().treeToValue(json().valueToTree(object), object.getClass());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fabric8 object of the class {@code type}, read from a JSON tree. */
  public static HasMetadata fromTree(JsonNode tree, Class<? extends HasMetadata> type)
      throws JsonProcessingException {
    return json().treeToValue(tree, type);
  }

  /** Every non-empty document of a multi-document YAML text, as JSON trees (comments dropped). */
  public static List<JsonNode> trees(String yaml) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var parser = mapper().getFactory().createParser(yaml)) {
      var it = mapper().readValues(parser, JsonNode.class);
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && doc.isObject() && !doc.isEmpty()) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  /** Objects as the JSON trees their YAML documents parse back to, for comparing outputs. */
  public static List<JsonNode> trees(List<? extends HasMetadata> objects) throws IOException {
    List<JsonNode> docs = new ArrayList<>(objects.size());
    for (HasMetadata o : objects) {
      docs.add(mapper().readTree(write(o)));
    }
    return docs;
  }

  /**
   * Every Kubernetes object in a multi-document YAML text, typed where fabric8 knows the kind and
   * generic otherwise; lists are flattened and empty documents skipped.
   */
  public static List<HasMetadata> readAll(String yaml) throws IOException {
    List<HasMetadata> objects = new ArrayList<>();
    try (var parser = mapper().getFactory().createParser(yaml)) {
      var it = mapper().readValues(parser, JsonNode.class);
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
          continue;
        }
        if (!doc.hasNonNull("apiVersion") || !doc.hasNonNull("kind")) {
          throw new IOException("a document has no apiVersion or kind");
        }
        KubernetesResource r = json().treeToValue(doc, KubernetesResource.class);
        if (r instanceof KubernetesList list) {
          objects.addAll(list.getItems());
        } else if (r instanceof HasMetadata h) {
          objects.add(h);
        } else {
          throw new IOException("a document of kind " + doc.get("kind").asText() + " is no object");
        }
      }
    }
    return objects;
  }
}
