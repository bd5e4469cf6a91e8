package dev.stackwright.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import dev.stackwright.core.yaml.codegen.WritersGenerator;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writers generated at build time give the bytes of Jackson's serializers: for random objects
 * of every kind they cover, with every field either set to a random value (strings YAML would
 * misread, empty and null lists and maps, null list elements and map values, extra fields in the
 * any-getter), absent or null.
 */
class FabricWritersTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SerializerProvider SERIALIZERS =
      Yaml.mapper().getSerializerProviderInstance();
  private static final List<String> STRINGS =
      List.of("", "x", "true", "8080", "a: b", "two\nlines", "-", "null", "é", "~", "#c", " x");
  private static final List<String> KEYS =
      List.of("a", "app.kubernetes.io/name", "Z", "b.c/d", "8080");
  private static final int SAMPLES = 40;

  @Test
  void theBuildGeneratedTheWritersAndTheyWriteADeploymentAsJacksonDoes() throws IOException {
    var deployment = new DeploymentBuilder().withNewMetadata().withName("a").endMetadata().build();

    assertThat(BeanWriters.GENERATED.getClass().getName()).isEqualTo(BeanWriters.GENERATED_CLASS);
    assertThat(YamlWriter.write(deployment))
        .isEqualTo(Yaml.mapper().writeValueAsString(deployment));
    assertThat(YamlWriter.FEATURES).isEqualTo(Yaml.mapper().getFactory().getGeneratorFeatures());
  }

  static Stream<String> kinds() {
    return WritersGenerator.KINDS.stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void randomObjectsOfEveryKindHaveTheBytesOfJacksonsSerializers(String kind) throws Exception {
    Class<?> type = Class.forName(kind);
    Random random = new Random(kind.hashCode());
    int generated = 0;
    for (int i = 0; i < SAMPLES; i++) {
      JsonNode tree = object(Yaml.mapper().constructType(type), random, 0);
      Object object = Yaml.json().treeToValue(tree, type);

      String jackson = Yaml.mapper().writeValueAsString(object);

      assertThat(Yaml.write(object)).as("%s from %s", kind, tree).isEqualTo(jackson);
      try {
        assertThat(YamlWriter.write(object)).as("%s from %s", kind, tree).isEqualTo(jackson);
        generated++;
      } catch (NeedsJackson e) {
        // a key or value only Jackson's generator writes exactly: the document is Jackson's
      }
    }
    assertThat(generated).as("documents written without Jackson").isGreaterThan(SAMPLES / 2);
  }

  private static JsonNode value(JavaType type, Random random, int depth) throws Exception {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return NODES.textNode(pick(STRINGS, random));
    } else if (raw == Integer.class || raw == int.class) {
      return NODES.numberNode(random.nextInt(200_000) - 100);
    } else if (raw == Long.class || raw == long.class) {
      return NODES.numberNode(random.nextLong());
    } else if (raw == Boolean.class || raw == boolean.class) {
      return NODES.booleanNode(random.nextBoolean());
    } else if (raw == Double.class || raw == double.class) {
      return NODES.numberNode(pick(List.of(1.5, 0.0, -2.25, 1e21, 3.0), random));
    } else if (raw == IntOrString.class) {
      return random.nextBoolean()
          ? NODES.numberNode(random.nextInt(70_000))
          : NODES.textNode(pick(List.of("http", "25%", "8080"), random));
    } else if (raw == Quantity.class) {
      return NODES.textNode(pick(List.of("100m", "1Gi", "2", "0.5"), random));
    } else if (type.isCollectionLikeType()) {
      ArrayNode list = NODES.arrayNode();
      for (int n = random.nextInt(3); n > 0; n--) {
        list.add(
            random.nextInt(8) == 0
                ? NODES.nullNode()
                : value(type.getContentType(), random, depth + 1));
      }
      return list;
    } else if (type.isMapLikeType()) {
      ObjectNode map = NODES.objectNode();
      for (int n = random.nextInt(4); n > 0; n--) {
        map.set(
            pick(KEYS, random),
            random.nextInt(6) == 0
                ? NODES.nullNode()
                : value(type.getContentType(), random, depth + 1));
      }
      return map;
    } else if (raw == Object.class) {
      return untyped(random, depth);
    }
    JsonSerializer<Object> serializer = SERIALIZERS.findValueSerializer(type);
    return serializer instanceof BeanSerializer ? object(type, random, depth) : null;
  }

  private static JsonNode object(JavaType type, Random random, int depth) throws Exception {
    if (depth > 6) {
      return NODES.nullNode();
    }
    ObjectNode object = NODES.objectNode();
    BeanSerializer serializer = (BeanSerializer) SERIALIZERS.findValueSerializer(type);
    for (Iterator<PropertyWriter> it = serializer.properties(); it.hasNext(); ) {
      PropertyWriter property = it.next();
      int dice = random.nextInt(10);
      if (property instanceof AnyGetterWriter) {
        if (dice < 3) {
          object.set("zExtra" + dice, untyped(random, depth + 1));
        }
      } else if (dice == 0) {
        object.set(property.getName(), NODES.nullNode());
      } else if (dice < 6) {
        JsonNode value = value(property.getType(), random, depth + 1);
        if (value != null) {
          object.set(property.getName(), value);
        }
      }
    }
    return object;
  }

  private static JsonNode untyped(Random random, int depth) {
    int dice = depth > 4 ? random.nextInt(4) : random.nextInt(6);
    return switch (dice) {
      case 0 -> NODES.textNode(pick(STRINGS, random));
      case 1 -> NODES.numberNode(random.nextInt(100));
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> {
        ArrayNode list = NODES.arrayNode();
        list.add(untyped(random, depth + 1));
        yield list;
      }
      default -> {
        ObjectNode map = NODES.objectNode();
        map.set(pick(KEYS, random), untyped(random, depth + 1));
        map.set(pick(KEYS, random), untyped(random, depth + 1));
        yield map;
      }
    };
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
