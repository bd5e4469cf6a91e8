package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/** Small stacks and accessors shared by the storage tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A stack called {@code shop} with the namespace {@code shop} and the given components. */
  public static Stack shop(Component... components) {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build();
  }

  /** The synthesized custom resource of {@code kind}, in {@code namespace} (null for none). */
  public static GenericKubernetesResource resource(
      SynthResult result, String kind, String namespace, String name) {
    return (GenericKubernetesResource)
        result
            .find(kind, namespace, name)
            .orElseThrow(
                () -> new AssertionError("no " + kind + " " + name + " among " + result.entries()));
  }

  /** The synthesized custom resource of {@code kind} in a stack that must synthesize. */
  public static GenericKubernetesResource resource(
      Stack stack, String kind, String namespace, String name) {
    SynthResult result = Synthesizer.synthesize(stack);
    if (!result.ok()) {
      throw new AssertionError("stack has errors: " + result.errors());
    }
    return resource(result, kind, namespace, name);
  }

  /** A top-level field of a custom resource, such as {@code spec}, as a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> field(GenericKubernetesResource resource, String name) {
    return (Map<String, Object>) resource.getAdditionalProperties().get(name);
  }

  /** A nested map below {@code map}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Map<String, Object> map, String key) {
    return (Map<String, Object>) map.get(key);
  }
}
