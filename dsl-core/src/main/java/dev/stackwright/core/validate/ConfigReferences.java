package dev.stackwright.core.validate;

import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapProjection;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecretProjection;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
  public void check(PodSpec podSpec, String field, String namespace, Checks at) {
    ContainerFields.of(podSpec)
        .forEach(
            (list, containers) ->
                FieldChecks.each(
                    containers, field + "." + list, (c, cf) -> container(c, cf, namespace, at)));
    FieldChecks.each(
        podSpec.getVolumes(),
        field + ".volumes",
        (volume, vf) -> {
          ref(
              volume.getConfigMap(),
              ConfigMapVolumeSource::getName,
              ConfigMapVolumeSource::getOptional,
              "ConfigMap",
              vf + ".configMap.name",
              namespace,
              at);
          ref(
              volume.getSecret(),
              SecretVolumeSource::getSecretName,
              SecretVolumeSource::getOptional,
              "Secret",
              vf + ".secret.secretName",
              namespace,
              at);
          ProjectedVolumeSource projected = volume.getProjected();
          if (projected != null) {
            FieldChecks.each(
                projected.getSources(),
                vf + ".projected.sources",
                (source, sf) -> {
                  ref(
                      source.getConfigMap(),
                      ConfigMapProjection::getName,
                      ConfigMapProjection::getOptional,
                      "ConfigMap",
                      sf + ".configMap.name",
                      namespace,
                      at);
                  ref(
                      source.getSecret(),
                      SecretProjection::getName,
                      SecretProjection::getOptional,
                      "Secret",
                      sf + ".secret.name",
                      namespace,
                      at);
                });
          }
        });
    FieldChecks.each(
        podSpec.getImagePullSecrets(),
        field + ".imagePullSecrets",
        (secret, f) -> ref(secret.getName(), null, "Secret", f + ".name", namespace, at));
  }

  private void container(ContainerFields c, String cf, String namespace, Checks at) {
    FieldChecks.each(
        c.env(),
        cf + ".env",
        (env, f) -> {
          EnvVarSource from = env.getValueFrom();
          if (from != null) {
            ref(
                from.getConfigMapKeyRef(),
                ConfigMapKeySelector::getName,
                ConfigMapKeySelector::getOptional,
                "ConfigMap",
                f + ".valueFrom.configMapKeyRef.name",
                namespace,
                at);
            ref(
                from.getSecretKeyRef(),
                SecretKeySelector::getName,
                SecretKeySelector::getOptional,
                "Secret",
                f + ".valueFrom.secretKeyRef.name",
                namespace,
                at);
          }
        });
    FieldChecks.each(
        c.envFrom(),
        cf + ".envFrom",
        (source, f) -> {
          ref(
              source.getConfigMapRef(),
              ConfigMapEnvSource::getName,
              ConfigMapEnvSource::getOptional,
              "ConfigMap",
              f + ".configMapRef.name",
              namespace,
              at);
          ref(
              source.getSecretRef(),
              SecretEnvSource::getName,
              SecretEnvSource::getOptional,
              "Secret",
              f + ".secretRef.name",
              namespace,
              at);
        });
  }

  /** A reference object that may be absent, read through its name and optional fields. */
  private <T> void ref(
      T reference,
      Function<T, String> name,
      Function<T, Boolean> optional,
      String kind,
      String field,
      String namespace,
      Checks at) {
    if (reference != null) {
      ref(name.apply(reference), optional.apply(reference), kind, field, namespace, at);
    }
  }

  /** One reference by name, at {@code field}; an optional one may be missing. */
  private void ref(
      String name, Boolean optional, String kind, String field, String namespace, Checks at) {
    if (Boolean.TRUE.equals(optional)
        || name == null
        || name.isEmpty()
        || known.contains(key(kind, namespace, name))) {
      return;
    }
    at.warn(
        Rules.UNKNOWN_CONFIG_REFERENCE,
        field,
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
