package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every key of a config, ConfigMap or Secret as environment variables, optionally prefixed.
 * Synthesizes into an {@code EnvFromSource}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class EnvFrom {

  /** The config of the stack to read. */
  public abstract Optional<ConfigSource> config();

  /** The existing ConfigMap to read, by name. */
  public abstract Optional<String> configMapName();

  /** The Secret to read. */
  public abstract Optional<SecretRef> secret();

  /** A prefix for every variable name. */
  public abstract Optional<String> prefix();

  /** Every key of a config of the stack. */
  public static EnvFrom config(ConfigSource config) {
    return ImmutableEnvFrom.builder().config(config).build();
  }

  /** Every key of an existing ConfigMap. */
  public static EnvFrom configMap(String name) {
    return ImmutableEnvFrom.builder().configMapName(name).build();
  }

  /** Every key of a Secret. */
  public static EnvFrom secret(SecretRef secret) {
    return ImmutableEnvFrom.builder().secret(secret).build();
  }

  /** The same source with {@code prefix} before every variable name. */
  public EnvFrom withPrefix(String prefix) {
    return ImmutableEnvFrom.builder().from(this).prefix(prefix).build();
  }

  Optional<Component> component() {
    if (config().isPresent()) {
      return config().map(Component.class::cast);
    }
    return secret().flatMap(SecretRef::component);
  }

  EnvFromSource toSource() {
    EnvFromSourceBuilder b = new EnvFromSourceBuilder().withPrefix(prefix().orElse(null));
    if (secret().isPresent()) {
      return b.withNewSecretRef().withName(secret().get().name()).endSecretRef().build();
    }
    String name = config().map(ConfigSource::configMapName).orElse(configMapName().orElse(""));
    return b.withNewConfigMapRef().withName(name).endConfigMapRef().build();
  }
}
