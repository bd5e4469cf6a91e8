package dev.stackwright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ConfigMaps and Secrets that pods refer to by name (env {@code valueFrom}, {@code envFrom},
 * volumes, projected volumes, image pull secrets), checked against what the stack provides: its own
 * ConfigMap and Secret objects, the Secrets that its {@code SealedSecret}s and {@code
 * ExternalSecret}s create, and the objects it declares as {@linkplain ExistingObject existing}. A
 * reference marked {@code optional: true} is never reported. An unknown reference is a warning, not
 * an error: the API server accepts the pod, which only fails to start when nothing creates the
 * object.
 */
public final class ConfigReferences {
  private final Set<String> known = new HashSet<>();

  private ConfigReferences() {}

  /**
   * What the stack provides.
   *
   * @param objects every synthesized object
   * @param existing the objects the stack declares as existing
   * @param defaultNamespace the stack's default namespace, for existing objects without one
   */
  public static ConfigReferences of(
      List<HasMetadata> objects, List<ExistingObject> existing, String defaultNamespace) {
    ConfigReferences refs = new ConfigReferences();
    for (HasMetadata o : objects) {
      if (o.getMetadata() == null) {
        continue;
      }
      String ns = o.getMetadata().getNamespace();
      String name = o.getMetadata().getName();
      String group = KnownKinds.groupOf(o.getApiVersion());
      switch (group + "/" + o.getKind()) {
        case "/ConfigMap", "/Secret" -> refs.known.add(key(o.getKind(), ns, name));
        case "bitnami.com/SealedSecret" -> refs.known.add(key("Secret", ns, name));
        case "external-secrets.io/ExternalSecret" -> {
          String target = Yaml.tree(o).path("spec").path("target").path("name").asText("");
          refs.known.add(key("Secret", ns, target.isEmpty() ? name : target));
        }
        default -> {
          // Not a source of ConfigMaps or Secrets.
        }
      }
    }
    for (ExistingObject e : existing) {
      refs.known.add(key(e.kind(), e.namespace().orElse(defaultNamespace), e.name()));
    }
    return refs;
  }

  /**
   * Reports every reference of {@code podSpec} (at {@code field}, in {@code namespace}) to a
   * ConfigMap or Secret the stack does not provide.
   */
  public void check(JsonNode podSpec, String field, String namespace, Checks at) {
    for (String list : new String[] {"initContainers", "containers", "ephemeralContainers"}) {
      JsonNode containers = podSpec.path(list);
      for (int c = 0; c < containers.size(); c++) {
        String cf = field + "." + list + "[" + c + "]";
        JsonNode env = containers.get(c).path("env");
        for (int i = 0; i < env.size(); i++) {
          JsonNode from = env.get(i).path("valueFrom");
          String ef = cf + ".env[" + i + "].valueFrom";
          ref(
              from.path("configMapKeyRef"),
              "name",
              "ConfigMap",
              ef + ".configMapKeyRef",
              namespace,
              at);
          ref(from.path("secretKeyRef"), "name", "Secret", ef + ".secretKeyRef", namespace, at);
        }
        JsonNode envFrom = containers.get(c).path("envFrom");
        for (int i = 0; i < envFrom.size(); i++) {
          String ef = cf + ".envFrom[" + i + "]";
          ref(
              envFrom.get(i).path("configMapRef"),
              "name",
              "ConfigMap",
              ef + ".configMapRef",
              namespace,
              at);
          ref(envFrom.get(i).path("secretRef"), "name", "Secret", ef + ".secretRef", namespace, at);
        }
      }
    }
    JsonNode volumes = podSpec.path("volumes");
    for (int v = 0; v < volumes.size(); v++) {
      JsonNode volume = volumes.get(v);
      String vf = field + ".volumes[" + v + "]";
      ref(volume.path("configMap"), "name", "ConfigMap", vf + ".configMap", namespace, at);
      ref(volume.path("secret"), "secretName", "Secret", vf + ".secret", namespace, at);
      JsonNode sources = volume.path("projected").path("sources");
      for (int s = 0; s < sources.size(); s++) {
        String sf = vf + ".projected.sources[" + s + "]";
        ref(
            sources.get(s).path("configMap"),
            "name",
            "ConfigMap",
            sf + ".configMap",
            namespace,
            at);
        ref(sources.get(s).path("secret"), "name", "Secret", sf + ".secret", namespace, at);
      }
    }
    JsonNode pullSecrets = podSpec.path("imagePullSecrets");
    for (int i = 0; i < pullSecrets.size(); i++) {
      ref(
          pullSecrets.get(i),
          "name",
          "Secret",
          field + ".imagePullSecrets[" + i + "]",
          namespace,
          at);
    }
  }

  private void ref(
      JsonNode reference,
      String nameField,
      String kind,
      String field,
      String namespace,
      Checks at) {
    if (!reference.isObject() || reference.path("optional").asBoolean(false)) {
      return;
    }
    String name = reference.path(nameField).asText("");
    if (name.isEmpty() || known.contains(key(kind, namespace, name))) {
      return;
    }
    at.warn(
        Rules.UNKNOWN_CONFIG_REFERENCE,
        field + "." + nameField,
        "refers to %s \"%s\", which is neither an object of the stack nor declared as existing in"
            + " namespace %s; add it to the stack, or declare it with"
            + " Stack.builder().addExistingObject(ExistingObject.%s(\"%s\"))",
        kind,
        name,
        namespace,
        kind.equals("Secret") ? "secret" : "configMap",
        name);
  }

  private static String key(String kind, String namespace, String name) {
    return kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
  }
}
