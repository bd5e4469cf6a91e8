package dev.stackwright.core.pod;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The registry mirrors of the whole stack, declared once: every image reference the stack writes
 * (workload pods, the pods of collectors, agents and jobs, the image values of upstream releases
 * that declare them) is rewritten to its mirror, and the {@link RegistryPolicy} is checked on the
 * rewritten reference. It synthesizes no object.
 *
 * <pre>{@code
 * ImageMirrors.of(ImageMirror.of("docker.io", "harbor.example.com/dockerhub"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ImageMirrors implements MirrorSource {

  @Override
  @Value.Default
  public String name() {
    return "image-mirrors";
  }

  /** The mirrors, at most one per mirrored registry. */
  public abstract List<ImageMirror> mirrors();

  @Override
  public List<ImageMirror> imageMirrors() {
    return mirrors();
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
    return "image-mirrors";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** Mirrors {@code mirrors} for the stack. */
  public static ImageMirrors of(ImageMirror... mirrors) {
    return ImmutableImageMirrors.builder().addMirrors(mirrors).build();
  }

  /** A builder for the stack's mirrors. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    Set<String> seen = new HashSet<>();
    for (ImageMirror m : mirrors()) {
      String field = "mirrors[" + m.source() + "]";
      String problem = m.problem();
      if (problem != null) {
        checks.error(PodRules.INVALID_MIRROR, field, "%s", problem);
      } else if (!seen.add(m.registry())) {
        checks.error(
            PodRules.INVALID_MIRROR,
            field,
            "registry %s is mirrored twice; keep one mirror per registry",
            m.registry());
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }

  /** Builds {@link ImageMirrors}. */
  public static class Builder extends ImmutableImageMirrors.Builder {}
}
