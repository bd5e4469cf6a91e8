package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * One mirror of a registry: every image the stack writes from {@link #source()} is pulled from
 * {@link #target()} instead, with its repository path kept ({@code docker.io/library/nginx:1.27}
 * becomes {@code harbor.example.com/dockerhub/library/nginx:1.27}, the layout of a Harbor
 * proxy-cache project). Docker Hub's aliases ({@code index.docker.io}...) count as {@code
 * docker.io}.
 *
 * <pre>{@code
 * ImageMirror.of("docker.io", "harbor.example.com/dockerhub")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ImageMirror {

  /** The registry host that is mirrored, such as {@code docker.io} or {@code quay.io}. */
  @Value.Parameter
  public abstract String source();

  /** Where its images are pulled from instead: a registry host with an optional path. */
  @Value.Parameter
  public abstract String target();

  /** A mirror of registry {@code from} at {@code to}. */
  public static ImageMirror of(String from, String to) {
    return ImmutableImageMirror.of(from, to);
  }

  /** The mirrored registry, with Docker Hub's aliases as {@code docker.io}. */
  public String registry() {
    return Image.DOCKER_HUB.contains(source()) ? "docker.io" : source();
  }

  /** The registry host images are pulled from through this mirror. */
  public String targetRegistry() {
    int slash = target().indexOf('/');
    return slash < 0 ? target() : target().substring(0, slash);
  }

  /** What is wrong with the mirror, if anything. */
  String problem() {
    Image probe = Image.of(source() + "/probe");
    if (probe.problem().isPresent() || probe.registry().isEmpty() || source().contains("/")) {
      return "expected a registry host such as \"docker.io\" to mirror, was \"" + source() + "\"";
    }
    Image target = Image.of(target() + "/probe");
    if (target.problem().isPresent() || target.registry().isEmpty() || target().endsWith("/")) {
      return "expected a registry host with an optional path such as"
          + " \"harbor.example.com/dockerhub\" to mirror to, was \""
          + target()
          + "\"";
    }
    return null;
  }

  @Override
  public String toString() {
    return source() + " -> " + target();
  }
}
