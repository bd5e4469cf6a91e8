package dev.stackwright.compute;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.SecretSource;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A Secret whose values are written in the definition, and so end up in git: refused unless the
 * definition says {@code allowPlaintext(true)}, and then reported as a warning. Prefer {@link
 * SecretRef#existing}, {@link SecretRef#externalSecret} or {@link SecretRef#sealedSecret}.
 * Synthesizes into an Opaque {@code Secret} with {@code stringData}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class PlainSecret implements SecretSource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The secret values by key. */
  public abstract Map<String, String> data();

  /** Whether plaintext values in the definition are knowingly accepted; false by default. */
  @Value.Default
  public boolean allowPlaintext() {
    return false;
  }

  @Override
  public String secretName() {
    return name();
  }

  @Override
  public String kind() {
    return "secret";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A builder for a plaintext secret. */
  public static Builder builder() {
    return new Builder();
  }

  /** A reference to this secret, for env vars and mounts. */
  public SecretRef ref() {
    return SecretRef.of(this);
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    if (allowPlaintext()) {
      checks.warn(
          ComputeRules.PLAINTEXT_SECRET,
          "data",
          "the secret's values are in plaintext in the definition (allowed explicitly)");
    } else {
      checks.error(
          ComputeRules.PLAINTEXT_SECRET,
          "data",
          "plaintext secret values are refused: refer to an existing Secret, an ExternalSecret or"
              + " a SealedSecret with SecretRef, or set allowPlaintext(true)");
    }
    for (String key : data().keySet()) {
      ConfigKeys.check(checks, "data[" + key + "]", key);
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new SecretBuilder()
            .withMetadata(context.metadata(this).build())
            .withType("Opaque")
            .withStringData(new TreeMap<>(data()))
            .build());
  }

  /** Builds a {@link PlainSecret}. */
  public static class Builder extends ImmutablePlainSecret.Builder {}
}
