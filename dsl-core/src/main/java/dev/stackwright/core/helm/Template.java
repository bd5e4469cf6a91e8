package dev.stackwright.core.helm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stackwright.core.yaml.Yaml;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of one object: its YAML with every slot's field replaced by the slot's expression,
 * and every literal <code>{{</code> or <code>}}</code> of the object escaped so Helm prints it as
 * it is.
 */
final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("['\"]?@@sw:(\\d+)@@['\"]?");
  private static final Pattern BRACES = Pattern.compile("\\{\\{|\\}\\}");

  private Template() {}

  /** The template text of the object whose JSON form is {@code tree} (which this changes). */
  static String of(JsonNode tree, List<Slot> slots) {
    for (int i = 0; i < slots.size(); i++) {
      set(tree, slots.get(i).pointer(), "@@sw:" + i + "@@");
    }
    String yaml = "---\n" + Yaml.write(tree);
    Matcher braces = BRACES.matcher(yaml);
    StringBuilder escaped = new StringBuilder();
    while (braces.find()) {
      braces.appendReplacement(
          escaped, Matcher.quoteReplacement("{{ \"" + braces.group() + "\" }}"));
    }
    braces.appendTail(escaped);
    Matcher m = PLACEHOLDER.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String expression = slots.get(Integer.parseInt(m.group(1))).expression();
      m.appendReplacement(out, Matcher.quoteReplacement("{{ " + expression + " }}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Replaces the field at the RFC 6901 {@code pointer} (escapes decoded) with the placeholder. */
  private static void set(JsonNode tree, String pointer, String placeholder) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(at.head());
    JsonPointer last = at.last();
    if (parent instanceof ObjectNode object) {
      object.set(last.getMatchingProperty(), TextNode.valueOf(placeholder));
    } else if (parent instanceof ArrayNode array) {
      array.set(last.getMatchingIndex(), TextNode.valueOf(placeholder));
    }
  }
}
