package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An image an application's own build produces: where the build writes the image's name and digest
 * ({@code target/jib-image.json} for Jib's Maven plugin, {@code build/jib-image.json} for its
 * Gradle plugin), the tool that builds it and the application's folder. A container runs it through
 * {@link Image#fromBuild(BuildImage)}, pinned by digest ({@code repository@sha256:...}); the
 * generated {@code skaffold.yaml} and {@code Tiltfile} build it from its folder.
 *
 * <p>Relative paths are resolved against the working directory of the process that synthesizes (for
 * {@code mvn exec:java}, the module's folder). The metadata is read once per value, when a
 * container's image is made from it, so in the run that builds the stack (each {@code synth} run
 * calls the definition again); a missing, unreadable or malformed file is reported when the stack
 * is synthesized ({@code pod.build-image-missing}), never thrown.
 *
 * <pre>{@code
 * Container.builder()
 *     .name("app")
 *     .image(BuildImage.jib(Path.of("../orders/target/jib-image.json")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class BuildImage {

  /** The file the build writes the image's name and digest to, in Jib's format. */
  public abstract Path metadata();

  /** The tool that builds the image. */
  public abstract BuildTool tool();

  /**
   * The application's folder, which the build runs in; by default the folder above the one that
   * holds {@link #metadata()} ({@code orders/} for {@code orders/target/jib-image.json}).
   */
  @Value.Default
  public Path context() {
    Path folder = absolute(metadata()).getParent();
    Path above = folder == null ? null : folder.getParent();
    return above == null ? Path.of(".") : above;
  }

  /**
   * The Dockerfile, relative to {@link #context()}, for {@link BuildTool#DOCKER}; {@code
   * Dockerfile} by default.
   */
  @Value.Default
  public String dockerfile() {
    return "Dockerfile";
  }

  /**
   * The module of a multi-module Jib build that makes the image (Skaffold's {@code jib.project}).
   */
  public abstract Optional<String> project();

  /**
   * The image Jib writes to {@code metadata}: Gradle's when the file is in a {@code build} folder,
   * Maven's otherwise.
   */
  public static BuildImage jib(Path metadata) {
    Path folder = absolute(metadata).getParent();
    boolean gradle =
        folder != null
            && folder.getFileName() != null
            && folder.getFileName().toString().equals("build");
    return builder()
        .metadata(metadata)
        .tool(gradle ? BuildTool.JIB_GRADLE : BuildTool.JIB_MAVEN)
        .build();
  }

  /**
   * The image {@code docker build} makes in {@code context}, whose name and digest a build step
   * writes to {@code metadata} in Jib's format.
   */
  public static BuildImage docker(Path metadata, Path context) {
    return builder().metadata(metadata).tool(BuildTool.DOCKER).context(context).build();
  }

  /** A builder for a build image. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@link #metadata()} as an absolute path. */
  public Path resolvedMetadata() {
    return absolute(metadata());
  }

  /** {@link #context()} as an absolute path. */
  public Path resolvedContext() {
    return absolute(context());
  }

  /** The metadata, read once. */
  @Value.Lazy
  BuildOutput output() {
    return BuildOutput.read(this);
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** Builds a {@link BuildImage}. */
  public static class Builder extends ImmutableBuildImage.Builder {}
}
