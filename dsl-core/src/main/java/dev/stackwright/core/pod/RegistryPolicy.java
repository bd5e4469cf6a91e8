package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The registries images may come from, for the whole stack: once a stack holds a registry policy,
 * every container image from another registry is an error. It synthesizes no object.
 *
 * <pre>{@code
 * RegistryPolicy.allow("registry.example.com", "ghcr.io")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class RegistryPolicy implements Component {

  @Override
  @Value.Default
  public String name() {
    return "allowed-registries";
  }

  /** The allowed registry hosts ({@code docker.io} for images without one). */
  public abstract Set<String> registries();

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
    return "registry-policy";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A policy allowing only {@code registries}. */
  public static RegistryPolicy allow(String... registries) {
    return ImmutableRegistryPolicy.builder().addRegistries(registries).build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
