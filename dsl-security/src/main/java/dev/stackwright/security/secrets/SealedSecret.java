package dev.stackwright.security.secrets;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.SecretSource;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Secret committed to git encrypted: a Bitnami {@code SealedSecret} (bitnami.com/v1alpha1) whose
 * {@link #encryptedData()} is the ciphertext {@code kubeseal} made with the controller's public
 * key; the controller unseals it into a Secret of the same name and namespace. The definition never
 * holds plaintext: a value that is not kubeseal's ciphertext is an error.
 *
 * <pre>{@code
 * SealedSecret token = SealedSecret.builder()
 *     .name("payments-api").namespace("shop")
 *     .putEncryptedData("token", "AgBy3i4OJSWK+PiTySYZZA...")   // from kubeseal --raw
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SealedSecret implements SecretSource {
  /** The annotation that lets a sealed value be renamed within its namespace. */
  public static final String NAMESPACE_WIDE = "sealedsecrets.bitnami.com/namespace-wide";

  /** The annotation that lets a sealed value be unsealed in any namespace. */
  public static final String CLUSTER_WIDE = "sealedsecrets.bitnami.com/cluster-wide";

  /**
   * The fewest bytes kubeseal's ciphertext has: a 2-byte length, the session key sealed with an RSA
   * key of at least 2048 bits (256 bytes), then the AES-GCM ciphertext.
   */
  private static final int MIN_SEALED_BYTES = 2 + 256 + 16;

  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  /** What the sealed values are bound to, as {@code kubeseal --scope} says. */
  public enum Scope {
    /** Bound to this name and namespace: kubeseal's default. */
    STRICT,
    /** Bound to the namespace: the Secret may be renamed. */
    NAMESPACE_WIDE,
    /** Not bound: unsealed in any namespace under any name. */
    CLUSTER_WIDE
  }

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Each key's ciphertext, as {@code kubeseal --raw} prints it (base64). */
  public abstract Map<String, String> encryptedData();

  /** The scope the values were sealed with; {@link Scope#STRICT} by default. */
  @Value.Default
  public Scope scope() {
    return Scope.STRICT;
  }

  /** The type of the Secret unsealed, such as {@code kubernetes.io/dockerconfigjson}. */
  public abstract Optional<String> secretType();

  @Override
  public String secretName() {
    return name();
  }

  @Override
  public SecretRef.Origin origin() {
    return SecretRef.Origin.SEALED_SECRET;
  }

  /** A reference to the Secret this unseals into, for env vars, mounts and pull secrets. */
  public SecretRef ref() {
    return SecretRef.of(this);
  }

  @Override
  public String kind() {
    return "sealed-secret";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  /** A builder for a SealedSecret. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.require(
        !encryptedData().isEmpty(),
        SecretRules.NOT_SEALED,
        "encryptedData",
        "a SealedSecret needs at least one sealed value (kubeseal --raw output)");
    new TreeMap<>(encryptedData())
        .forEach(
            (key, value) -> {
              String field = "encryptedData." + key;
              checks.require(
                  SECRET_KEY.matcher(key).matches(),
                  SecretRules.INVALID_KEY,
                  field,
                  "a Secret key is letters, digits, '-', '_' and '.', was \"%s\"",
                  key);
              checks.require(
                  sealed(value),
                  SecretRules.NOT_SEALED,
                  field,
                  "expected kubeseal's ciphertext (base64 of at least %d bytes), found a value"
                      + " of %d characters that is not: seal it with kubeseal --raw --scope %s"
                      + " and never commit the plaintext",
                  MIN_SEALED_BYTES,
                  value.length(),
                  scope().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            });
  }

  private static boolean sealed(String value) {
    try {
      return Base64.getDecoder().decode(value.strip()).length >= MIN_SEALED_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    ObjectMetaBuilder meta = context.metadata(this);
    switch (scope()) {
      case NAMESPACE_WIDE -> meta.addToAnnotations(NAMESPACE_WIDE, "true");
      case CLUSTER_WIDE -> meta.addToAnnotations(CLUSTER_WIDE, "true");
      case STRICT -> {}
    }
    Map<String, Object> template = new LinkedHashMap<>();
    template.put(
        "metadata", Map.of("name", name(), "labels", Map.of(SynthContext.NAME_LABEL, name())));
    secretType().ifPresent(t -> template.put("type", t));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("encryptedData", new TreeMap<>(encryptedData()));
    spec.put("template", template);
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(SealedSecretsController.API_VERSION)
            .withKind("SealedSecret")
            .withMetadata(meta.build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link SealedSecret}. */
  public static class Builder extends ImmutableSealedSecret.Builder {}
}
