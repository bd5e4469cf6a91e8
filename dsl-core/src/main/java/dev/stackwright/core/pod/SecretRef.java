package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.SecretSource;
import dev.stackwright.core.contract.VolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret referred to by name, never holding its data: an existing Secret, the target of an
 * External Secrets {@code ExternalSecret} or of a Bitnami {@code SealedSecret} (both create a
 * Secret of that name in the cluster), or a {@link SecretSource} of the stack (a plaintext secret).
 * Env vars, {@code envFrom}, mounts and image pull secrets accept it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class SecretRef implements VolumeSource {

  /** Where the referenced Secret comes from. */
  public enum Origin {
    /** A Secret that already exists in the namespace. */
    EXISTING,
    /** The target Secret of an External Secrets {@code ExternalSecret}. */
    EXTERNAL_SECRET,
    /** The Secret a Bitnami {@code SealedSecret} unseals into. */
    SEALED_SECRET,
    /** A plaintext Secret the stack itself synthesizes. */
    PLAINTEXT
  }

  /** The Secret's name. */
  public abstract String name();

  /** Where the Secret comes from. */
  public abstract Origin origin();

  /**
   * The component of the stack that makes the Secret (a plaintext secret, an ExternalSecret, a
   * SealedSecret), which the pod's component then depends on.
   */
  public abstract Optional<SecretSource> source();

  /** An existing Secret called {@code name}. */
  public static SecretRef existing(String name) {
    return ImmutableSecretRef.builder().name(name).origin(Origin.EXISTING).build();
  }

  /** The Secret that the ExternalSecret writes into, called {@code targetName}. */
  public static SecretRef externalSecret(String targetName) {
    return ImmutableSecretRef.builder().name(targetName).origin(Origin.EXTERNAL_SECRET).build();
  }

  /** The Secret that the SealedSecret called {@code name} unseals into (same name). */
  public static SecretRef sealedSecret(String name) {
    return ImmutableSecretRef.builder().name(name).origin(Origin.SEALED_SECRET).build();
  }

  /** The Secret a component of the stack makes, with that component's origin. */
  public static SecretRef of(SecretSource secret) {
    return ImmutableSecretRef.builder()
        .name(secret.secretName())
        .origin(secret.origin())
        .source(secret)
        .build();
  }

  @Override
  public Volume toVolume(String volumeName) {
    return new VolumeBuilder()
        .withName(volumeName)
        .withNewSecret()
        .withSecretName(name())
        .endSecret()
        .build();
  }

  @Override
  public String defaultVolumeName() {
    return name().replace('.', '-');
  }

  @Override
  public Optional<Component> component() {
    return source().map(Component.class::cast);
  }
}
