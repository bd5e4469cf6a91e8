package dev.stackwright.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor's serialization: a plain Jackson {@link YAMLMapper} with the same YAML features as
 * Stackwright's writer, one document per object, named like Stackwright's per-object layout.
 */
public final class FloorYaml {
  private static final YAMLMapper MAPPER =
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

  private FloorYaml() {}

  /** One object as a YAML document, without a leading {@code ---}. */
  public static String write(HasMetadata object) {
    try {
      return MAPPER.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file per object, in order: its name and its content, a {@code ---} and the document. */
  public static List<Document> documents(List<HasMetadata> objects) {
    int width = Math.max(3, String.valueOf(objects.size()).length());
    String number = "%0" + width + "d";
    List<Document> out = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata o = objects.get(i);
      String ns = o.getMetadata().getNamespace();
      String file =
          String.format(Locale.ROOT, number, i + 1)
              + "-"
              + o.getKind().toLowerCase(Locale.ROOT)
              + (ns == null ? "" : "-" + ns)
              + "-"
              + o.getMetadata().getName()
              + ".yaml";
      out.add(new Document(file, "---\n" + write(o)));
    }
    return out;
  }

  /**
   * A YAML file of the floor's output.
   *
   * @param file the file name
   * @param content the file's text
   */
  public record Document(String file, String content) {}
}
