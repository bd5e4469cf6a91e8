package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One environment variable of a container: a literal, a key of a stack ConfigMap ({@link
 * ConfigSource}) or of a ConfigMap by name, a key of a Secret by reference, or a field of the pod
 * (downward API). Synthesizes into an {@code EnvVar}.
 *
 * <pre>{@code
 * Env.of("SERVICE_NAME", "api")
 * Env.fromSecret("DB_PASSWORD", SecretRef.existing("db-credentials"), "password")
 * Env.field("POD_NAME", "metadata.name")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Env {
  private static final Pattern NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  /** The variable's name. */
  public abstract String name();

  /** The literal value. */
  public abstract Optional<String> value();

  /** The config of the stack whose key is read. */
  public abstract Optional<ConfigSource> config();

  /** The name of an existing ConfigMap whose key is read. */
  public abstract Optional<String> configMapName();

  /** The Secret whose key is read. */
  public abstract Optional<SecretRef> secret();

  /** The key read from the config, ConfigMap or Secret. */
  public abstract Optional<String> key();

  /** The pod field read, such as {@code metadata.name} or {@code status.podIP}. */
  public abstract Optional<String> fieldPath();

  /** A literal value. */
  public static Env of(String name, String value) {
    return ImmutableEnv.builder().name(name).value(value).build();
  }

  /** The value of {@code key} in a config of the stack. */
  public static Env fromConfig(String name, ConfigSource config, String key) {
    return ImmutableEnv.builder().name(name).config(config).key(key).build();
  }

  /** The value of {@code key} in an existing ConfigMap called {@code configMap}. */
  public static Env fromConfigMap(String name, String configMap, String key) {
    return ImmutableEnv.builder().name(name).configMapName(configMap).key(key).build();
  }

  /** The value of {@code key} in a Secret. */
  public static Env fromSecret(String name, SecretRef secret, String key) {
    return ImmutableEnv.builder().name(name).secret(secret).key(key).build();
  }

  /** A field of the pod, such as {@code metadata.namespace}. */
  public static Env field(String name, String fieldPath) {
    return ImmutableEnv.builder().name(name).fieldPath(fieldPath).build();
  }

  /** The component this variable reads from, when it is part of the stack. */
  Optional<Component> component() {
    if (config().isPresent()) {
      return config().map(Component.class::cast);
    }
    return secret().flatMap(SecretRef::component);
  }

  void validate(Checks checks) {
    checks.require(
        NAME.matcher(name()).matches(),
        PodRules.INVALID_ENV,
        "name",
        "expected letters, digits, '_', '-' and '.', not starting with a digit, was \"%s\"",
        name());
    int sources =
        (value().isPresent() ? 1 : 0)
            + (config().isPresent() ? 1 : 0)
            + (configMapName().isPresent() ? 1 : 0)
            + (secret().isPresent() ? 1 : 0)
            + (fieldPath().isPresent() ? 1 : 0);
    checks.require(
        sources == 1,
        PodRules.INVALID_ENV,
        "",
        "expected exactly one source (a value, a config key, a secret key or a field), found %d",
        sources);
    config()
        .filter(c -> key().isPresent() && !c.keys().contains(key().get()))
        .ifPresent(
            c ->
                checks.error(
                    PodRules.INVALID_ENV,
                    "key",
                    "config %s has no key \"%s\" (it has %s)",
                    c.name(),
                    key().get(),
                    new java.util.TreeSet<>(c.keys())));
  }

  EnvVar toEnvVar() {
    EnvVarBuilder b = new EnvVarBuilder().withName(name());
    if (value().isPresent()) {
      return b.withValue(value().get()).build();
    }
    String k = key().orElse("");
    if (config().isPresent() || configMapName().isPresent()) {
      String cm = config().map(ConfigSource::configMapName).orElse(configMapName().orElse(""));
      return b.withNewValueFrom()
          .withNewConfigMapKeyRef()
          .withName(cm)
          .withKey(k)
          .endConfigMapKeyRef()
          .endValueFrom()
          .build();
    }
    if (secret().isPresent()) {
      return b.withNewValueFrom()
          .withNewSecretKeyRef()
          .withName(secret().get().name())
          .withKey(k)
          .endSecretKeyRef()
          .endValueFrom()
          .build();
    }
    return b.withNewValueFrom()
        .withNewFieldRef()
        .withFieldPath(fieldPath().orElse(""))
        .endFieldRef()
        .endValueFrom()
        .build();
  }
}
