package dev.stackwright.core.synth;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackwright.core.ChartValue;
import dev.stackwright.core.Stack;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the defaults of the user's chart values into the synthesized objects and records where each
 * value lives, for the Helm chart writer.
 */
final class ChartValueBinder {
  private ChartValueBinder() {}

  static List<ValueBinding> bind(Stack stack, List<SynthObject> objects, Checks root) {
    List<ValueBinding> bindings = new ArrayList<>();
    for (int v = 0; v < stack.values().size(); v++) {
      ChartValue value = stack.values().get(v);
      Checks at = root.in("values[" + v + "] " + value.path());
      int index = find(objects, value);
      if (index < 0) {
        at.error(
            "release.unknown-value-target",
            "",
            "no synthesized %s is called %s; check the kind and name",
            value.kind(),
            value.name());
        continue;
      }
      SynthObject o = objects.get(index);
      JsonNode tree = Yaml.tree(o.object());
      if (!set(tree, value.pointer(), Yaml.json().valueToTree(value.defaultValue()))) {
        at.error(
            "release.unknown-value-target",
            "pointer",
            "%s %s has no field at %s (its parent must exist)",
            value.kind(),
            value.name(),
            value.pointer());
        continue;
      }
      try {
        HasMetadata changed = Yaml.fromTree(tree, o.object().getClass());
        objects.set(index, new SynthObject(changed, o.origin(), o.layer()));
      } catch (JsonProcessingException e) {
        at.error(
            "release.value-type-mismatch",
            "defaultValue",
            "the default does not fit the field at %s: %s",
            value.pointer(),
            e.getOriginalMessage());
        continue;
      }
      bindings.add(
          new ValueBinding(
              ValueBinding.keyOf(o.object()),
              value.pointer(),
              value.path(),
              value.type(),
              value.defaultValue()));
    }
    return bindings;
  }

  private static int find(List<SynthObject> objects, ChartValue value) {
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata o = objects.get(i).object();
      if (o.getKind().equals(value.kind()) && o.getMetadata().getName().equals(value.name())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Sets the field at the RFC 6901 {@code pointer} (escapes decoded by Jackson), if its parent
   * exists.
   */
  private static boolean set(JsonNode tree, String pointer, JsonNode value) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonPointer parentPointer = at.head();
    if (parentPointer == null) {
      return false;
    }
    JsonNode parent = tree.at(parentPointer);
    JsonPointer last = at.last();
    if (parent instanceof ObjectNode object) {
      object.set(last.getMatchingProperty(), value);
      return true;
    }
    if (parent instanceof ArrayNode array) {
      int i = last.getMatchingIndex();
      if (i >= 0 && i < array.size()) {
        array.set(i, value);
        return true;
      }
    }
    return false;
  }
}
