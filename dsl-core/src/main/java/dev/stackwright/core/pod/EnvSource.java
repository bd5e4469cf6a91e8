package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.ConfigSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the value of an environment variable comes from: exactly one of a literal, a key of a stack
 * config, a key of an existing ConfigMap, a key of a Secret, or a field of the pod. Users meet it
 * through {@link Env}'s factories; a sealed type, so a variable cannot have two sources or none.
 */
public sealed interface EnvSource {

  /** The component of the stack the value is read from, when there is one. */
  default Optional<Component> component() {
    return Optional.empty();
  }

  /** A literal value. */
  record Literal(String value) implements EnvSource {
    /** Requires a value. */
    public Literal {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The value of {@code key} in a config of the stack. */
  record ConfigKey(ConfigSource config, String key) implements EnvSource {
    /** Requires both. */
    public ConfigKey {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public Optional<Component> component() {
      return Optional.of(config);
    }
  }

  /** The value of {@code key} in an existing ConfigMap called {@code configMap}. */
  record ConfigMapKey(String configMap, String key) implements EnvSource {
    /** Requires both. */
    public ConfigMapKey {
      Objects.requireNonNull(configMap, "configMap");
      Objects.requireNonNull(key, "key");
    }
  }

  /** The value of {@code key} in a Secret. */
  record SecretKey(SecretRef secret, String key) implements EnvSource {
    /** Requires both. */
    public SecretKey {
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public Optional<Component> component() {
      return secret.component();
    }
  }

  /** A field of the pod (downward API), such as {@code metadata.name} or {@code status.podIP}. */
  record PodField(String fieldPath) implements EnvSource {
    /** Requires a field path. */
    public PodField {
      Objects.requireNonNull(fieldPath, "fieldPath");
    }
  }
}
