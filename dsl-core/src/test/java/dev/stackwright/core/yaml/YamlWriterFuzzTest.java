package dev.stackwright.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated strings made of YAML's troublesome characters, as keys, values and list
 * items at every depth, come out of the writer with exactly the bytes of Jackson's YAML mapper; the
 * few documents the writer leaves to Jackson (complex keys) come out of {@link Yaml#write} so too.
 */
class YamlWriterFuzzTest {
  private static final String[] PIECES = {
    ":",
    ": ",
    "#",
    " #",
    "-",
    "- ",
    "?",
    "? ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&",
    "*",
    "!",
    "|",
    ">",
    "'",
    "\"",
    "%",
    "@",
    "`",
    "\\",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "é",
    "✓",
    "日本",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\u0085",
    "\u2028",
    "\u2029",
    "\u00A0",
    "\uFEFF",
    "\u0000",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0099",
    "\uFFFE",
    "true",
    "yes",
    "no",
    "on",
    "off",
    "null",
    "~",
    "Y",
    "n",
    "0",
    "00",
    "0755",
    "1",
    "-1",
    "+1",
    "1.5",
    ".5",
    "1e3",
    "0x1F",
    "---",
    "...",
    "a",
    "b",
    "key",
    "value",
    "x y",
    "http://h:80/p",
    "_",
  };

  private final Random random = new Random(20261202L);
  private int documents;
  private int leftToJackson;

  private String string() {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      // Long strings, beyond the line width SnakeYAML would otherwise fold at.
      StringBuilder s = new StringBuilder();
      while (s.length() < 200) {
        s.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      return s.toString();
    }
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(kind < 10 ? 2 : 6);
    for (int i = 0; i < n; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private Object value(int depth) {
    int kind = random.nextInt(depth > 3 ? 8 : 12);
    return switch (kind) {
      case 0 -> random.nextInt();
      case 1 -> random.nextBoolean();
      case 2 -> random.nextDouble() * 1000;
      case 3 -> random.nextLong();
      case 4, 5, 6, 7 -> string();
      case 8, 9 -> map(depth + 1);
      default -> list(depth + 1);
    };
  }

  private Map<String, Object> map(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      m.put(string(), value(depth));
    }
    return m;
  }

  private List<Object> list(int depth) {
    List<Object> l = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      l.add(value(depth));
    }
    return l;
  }

  /** Whether SnakeYAML writes this key as a complex {@code ? key} entry. */
  private static boolean isComplexKey(String key) {
    return key.isEmpty()
        || key.length() >= 128
        || key.chars().anyMatch(c -> c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029);
  }

  private static boolean hasComplexKey(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m.entrySet().stream()
          .anyMatch(e -> isComplexKey((String) e.getKey()) || hasComplexKey(e.getValue()));
    }
    if (o instanceof List<?> l) {
      return l.stream().anyMatch(YamlWriterFuzzTest::hasComplexKey);
    }
    return false;
  }

  /**
   * The writer gives Jackson's bytes, or leaves the document to Jackson exactly for complex keys.
   */
  private void check(Object document) throws IOException {
    documents++;
    String expected = Yaml.mapper().writeValueAsString(document);
    boolean complex = hasComplexKey(document);
    try {
      assertThat(YamlWriter.write(Yaml.mapper(), document)).isEqualTo(expected);
      assertThat(complex).as("written despite a complex key: %s", expected).isFalse();
    } catch (NeedsJackson e) {
      assertThat(complex).as("left to Jackson: %s", expected).isTrue();
      leftToJackson++;
    }
    assertThat(Yaml.write(document)).isEqualTo(expected);
  }

  @Test
  void stringsOfYamlIndicatorsAsValuesAndListItems() throws IOException {
    for (int i = 0; i < 5_000; i++) {
      check(Map.of("value", string(), "list", List.of(string(), string(), List.of(string()))));
    }
    assertThat(leftToJackson).isZero();
  }

  @Test
  void stringsOfYamlIndicatorsAsKeys() throws IOException {
    for (int i = 0; i < 5_000; i++) {
      check(Map.of(string(), Map.of(string(), string()), "list", List.of(Map.of(string(), 1))));
    }
    assertThat(leftToJackson).isPositive().isLessThan(documents);
  }

  @Test
  void nestedDocumentsOfEveryShape() throws IOException {
    for (int i = 0; i < 3_000; i++) {
      check(map(0));
      check(list(0));
    }
    assertThat(leftToJackson).isPositive().isLessThan(documents / 2);
  }
}
