package dev.stackwright.core.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Stack;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.KnownKinds;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the kinds of raw objects (those of {@code Manifests} components) against what the stack
 * knows: the built-in kinds of Kubernetes, the CustomResourceDefinitions among the stack's objects,
 * and the kinds its typed components synthesize. A raw object of an unknown kind is a warning
 * ({@code core.unknown-kind}); one of a namespaced kind without a namespace gets the stack's
 * default namespace, or an error when the stack has none.
 */
final class RawObjects {
  private static final String MANIFESTS = "manifests";

  private RawObjects() {}

  static void resolve(List<SynthObject> objects, Stack stack, Checks root) {
    if (objects.stream().noneMatch(o -> o.origin().kind().equals(MANIFESTS))) {
      return;
    }
    Map<String, Boolean> stackKinds = new HashMap<>();
    for (SynthObject o : objects) {
      HasMetadata m = o.object();
      if (m.getKind().equals("CustomResourceDefinition")) {
        JsonNode spec = Yaml.tree(m).path("spec");
        String kind = spec.path("names").path("kind").asText("");
        if (!kind.isEmpty()) {
          stackKinds.put(
              spec.path("group").asText("") + "/" + kind,
              spec.path("scope").asText("Namespaced").equals("Namespaced"));
        }
      } else if (!o.origin().kind().equals(MANIFESTS)) {
        stackKinds.putIfAbsent(key(m), m.getMetadata().getNamespace() != null);
      }
    }
    String defaultNamespace = stack.resolvedDefaultNamespace().orElse("");
    for (SynthObject o : objects) {
      if (!o.origin().kind().equals(MANIFESTS)) {
        continue;
      }
      HasMetadata m = o.object();
      Checks at = root.in(o.origin().segment()).in(m.getKind() + " " + m.getMetadata().getName());
      Optional<Boolean> namespaced =
          KnownKinds.namespaced(m.getApiVersion(), m.getKind())
              .or(() -> Optional.ofNullable(stackKinds.get(key(m))));
      if (namespaced.isEmpty()) {
        at.warn(
            Rules.UNKNOWN_KIND,
            "kind",
            "%s (apiVersion %s) is neither a Kubernetes kind nor defined by a"
                + " CustomResourceDefinition of the stack; add the CRD to the stack, or acknowledge"
                + " this warning when the cluster provides it",
            m.getKind(),
            m.getApiVersion());
      } else if (namespaced.get() && m.getMetadata().getNamespace() == null) {
        if (defaultNamespace.isEmpty()) {
          at.error(
              Rules.MISSING_NAMESPACE,
              "metadata.namespace",
              "a %s is namespaced: set metadata.namespace or a default namespace on the stack",
              m.getKind());
        } else {
          m.getMetadata().setNamespace(defaultNamespace);
        }
      }
    }
  }

  private static String key(HasMetadata m) {
    return KnownKinds.groupOf(m.getApiVersion()) + "/" + m.getKind();
  }
}
