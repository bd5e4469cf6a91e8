package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container runtime pods can ask for, typically a sandbox such as gVisor or Kata Containers.
 * Synthesizes into a cluster-scoped {@code RuntimeClass} (unless {@linkplain #existing existing});
 * a workload that names it gets {@code runtimeClassName} and depends on it.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ContainerRuntime implements Component {

  @Override
  public abstract String name();

  /** The CRI handler the node's runtime is configured with, e.g. {@code runsc}. */
  public abstract String handler();

  /** Whether the class already exists in the cluster (and is not synthesized). */
  @Value.Default
  public boolean existing() {
    return false;
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
    return "runtime-class";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A runtime class called {@code name} using the CRI handler {@code handler}. */
  public static ContainerRuntime of(String name, String handler) {
    return ImmutableContainerRuntime.builder().name(name).handler(handler).build();
  }

  /** gVisor, as the class {@code gvisor} with handler {@code runsc}. */
  public static ContainerRuntime gvisor() {
    return of("gvisor", "runsc");
  }

  /** Kata Containers, as the class {@code kata} with handler {@code kata}. */
  public static ContainerRuntime kata() {
    return of("kata", "kata");
  }

  /** A runtime class the cluster already has. */
  public static ContainerRuntime existing(String name) {
    return ImmutableContainerRuntime.builder().name(name).handler(name).existing(true).build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.label("handler", handler());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (existing()) {
      return List.of();
    }
    return List.of(
        new RuntimeClassBuilder()
            .withMetadata(context.metadata(this).build())
            .withHandler(handler())
            .build());
  }
}
