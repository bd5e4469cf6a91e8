package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every key of a config, ConfigMap or Secret as environment variables, optionally prefixed.
 * Synthesizes into an {@code EnvFromSource}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class EnvFrom {

  /** What is read: a config of the stack, an existing ConfigMap or a Secret. */
  public abstract Source source();

  /** A prefix for every variable name. */
  public abstract Optional<String> prefix();

  /** Every key of a config of the stack. */
  public static EnvFrom config(ConfigSource config) {
    return ImmutableEnvFrom.builder().source(new Source.StackConfig(config)).build();
  }

  /** Every key of an existing ConfigMap. */
  public static EnvFrom configMap(String name) {
    return ImmutableEnvFrom.builder().source(new Source.ExistingConfigMap(name)).build();
  }

  /** Every key of a Secret. */
  public static EnvFrom secret(SecretRef secret) {
    return ImmutableEnvFrom.builder().source(new Source.SecretKeys(secret)).build();
  }

  /** The same source with {@code prefix} before every variable name. */
  public abstract EnvFrom withPrefix(String prefix);

  Optional<Component> component() {
    if (source() instanceof Source.StackConfig c) {
      return Optional.of(c.config());
    }
    return source() instanceof Source.SecretKeys s ? s.secret().component() : Optional.empty();
  }

  EnvFromSource toSource() {
    EnvFromSourceBuilder b = new EnvFromSourceBuilder().withPrefix(prefix().orElse(null));
    if (source() instanceof Source.SecretKeys s) {
      return b.withNewSecretRef().withName(s.secret().name()).endSecretRef().build();
    }
    String name =
        source() instanceof Source.StackConfig c
            ? c.config().configMapName()
            : ((Source.ExistingConfigMap) source()).name();
    return b.withNewConfigMapRef().withName(name).endConfigMapRef().build();
  }

  /** The three things whose keys can become variables; exactly one per {@link EnvFrom}. */
  public sealed interface Source {
    /** Every key of a config of the stack. */
    record StackConfig(ConfigSource config) implements Source {
      /** Requires a config. */
      public StackConfig {
        Objects.requireNonNull(config, "config");
      }
    }

    /** Every key of an existing ConfigMap, by name. */
    record ExistingConfigMap(String name) implements Source {
      /** Requires a name. */
      public ExistingConfigMap {
        Objects.requireNonNull(name, "name");
      }
    }

    /** Every key of a Secret. */
    record SecretKeys(SecretRef secret) implements Source {
      /** Requires a secret. */
      public SecretKeys {
        Objects.requireNonNull(secret, "secret");
      }
    }
  }
}
