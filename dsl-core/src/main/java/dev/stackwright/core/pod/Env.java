package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.EnvVarSourceBuilder;
import java.util.Optional;
import java.util.TreeSet;
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
  @Value.Parameter
  public abstract String name();

  /** Where the value comes from: exactly one source, by construction. */
  @Value.Parameter
  public abstract EnvSource source();

  /** A variable whose value comes from {@code source}. */
  public static Env of(String name, EnvSource source) {
    return ImmutableEnv.of(name, source);
  }

  /** A literal value. */
  public static Env of(String name, String value) {
    return ImmutableEnv.of(name, new EnvSource.Literal(value));
  }

  /** The value of {@code key} in a config of the stack. */
  public static Env fromConfig(String name, ConfigSource config, String key) {
    return ImmutableEnv.of(name, new EnvSource.ConfigKey(config, key));
  }

  /** The value of {@code key} in an existing ConfigMap called {@code configMap}. */
  public static Env fromConfigMap(String name, String configMap, String key) {
    return ImmutableEnv.of(name, new EnvSource.ConfigMapKey(configMap, key));
  }

  /** The value of {@code key} in a Secret. */
  public static Env fromSecret(String name, SecretRef secret, String key) {
    return ImmutableEnv.of(name, new EnvSource.SecretKey(secret, key));
  }

  /** A field of the pod, such as {@code metadata.namespace}. */
  public static Env field(String name, String fieldPath) {
    return ImmutableEnv.of(name, new EnvSource.PodField(fieldPath));
  }

  /** The component this variable reads from, when it is part of the stack. */
  Optional<Component> component() {
    return source().component();
  }

  void validate(Checks checks) {
    checks.require(
        NAME.matcher(name()).matches(),
        PodRules.INVALID_ENV,
        "name",
        "expected letters, digits, '_', '-' and '.', not starting with a digit, was \"%s\"",
        name());
    if (source() instanceof EnvSource.ConfigKey ref && !ref.config().keys().contains(ref.key())) {
      checks.error(
          PodRules.INVALID_ENV,
          "key",
          "config %s has no key \"%s\" (it has %s)",
          ref.config().name(),
          ref.key(),
          new TreeSet<>(ref.config().keys()));
    }
  }

  EnvVar toEnvVar() {
    EnvVarBuilder b = new EnvVarBuilder().withName(name());
    EnvSource source = source();
    if (source instanceof EnvSource.Literal literal) {
      return b.withValue(literal.value()).build();
    }
    EnvVarSourceBuilder from = new EnvVarSourceBuilder();
    if (source instanceof EnvSource.ConfigKey ref) {
      from.withNewConfigMapKeyRef(ref.key(), ref.config().configMapName(), null);
    } else if (source instanceof EnvSource.ConfigMapKey ref) {
      from.withNewConfigMapKeyRef(ref.key(), ref.configMap(), null);
    } else if (source instanceof EnvSource.SecretKey ref) {
      from.withNewSecretKeyRef(ref.key(), ref.secret().name(), null);
    } else if (source instanceof EnvSource.PodField ref) {
      from.withNewFieldRef(null, ref.fieldPath());
    }
    return b.withValueFrom(from.build()).build();
  }
}
