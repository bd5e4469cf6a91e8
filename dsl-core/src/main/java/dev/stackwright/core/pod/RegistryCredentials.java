package dev.stackwright.core.pod;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pull secrets of private registries, by reference, for the whole stack: the service account of
 * every pod that pulls an image from one of these registries (after its {@link ImageMirror}) lists
 * the registry's Secret in {@code imagePullSecrets}, so no pod spec repeats it. The Secret must
 * exist in each namespace that pulls (from an ExternalSecret, say); nothing is synthesized here.
 *
 * <pre>{@code
 * RegistryCredentials.of("harbor.example.com", SecretRef.existing("harbor-pull"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class RegistryCredentials implements PullSecretSource {

  @Override
  @Value.Default
  public String name() {
    return "registry-credentials";
  }

  /** The pull Secret by registry host, such as {@code harbor.example.com}. */
  public abstract Map<String, SecretRef> secrets();

  @Override
  public Map<String, SecretRef> pullSecrets() {
    return secrets();
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  @Override
  public String kind() {
    return "registry-credentials";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** The pull Secret {@code secret} for {@code registry}. */
  public static RegistryCredentials of(String registry, SecretRef secret) {
    return builder().putSecret(registry, secret).build();
  }

  /** A builder for registry credentials. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    secrets()
        .forEach(
            (registry, secret) -> {
              Image probe = Image.of(registry + "/probe");
              checks.require(
                  probe.problem().isEmpty() && probe.registry().isPresent(),
                  PodRules.INVALID_CREDENTIALS,
                  "secrets[" + registry + "]",
                  "expected a registry host such as \"harbor.example.com\", was \"%s\"",
                  registry);
              checks.subdomain("secrets[" + registry + "].name", secret.name());
            });
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }

  /** Builds {@link RegistryCredentials}. */
  public static class Builder extends ImmutableRegistryCredentials.Builder {}
}
