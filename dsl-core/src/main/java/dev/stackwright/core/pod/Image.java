package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A container image reference, parsed once: {@code [registry/]repository[:tag][@digest]}. Parsing
 * never throws; a malformed reference reports its {@link #problem()} when the workload is
 * validated.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Image {
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern REGISTRY =
      Pattern.compile("(?:[a-zA-Z0-9-]+\\.)*[a-zA-Z0-9-]+(?::[0-9]{1,5})?");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

  /** The reference as written, e.g. {@code registry.example.com/api:1.4.2}. */
  @Value.Parameter
  public abstract String reference();

  /** An image from its reference. */
  public static Image of(String reference) {
    return ImmutableImage.of(reference);
  }

  /**
   * The image {@code build} produced, pinned by the digest its metadata names ({@code
   * repository@sha256:...}); a build output that is missing or malformed is this image's {@link
   * #problem()}, reported when the stack is synthesized.
   */
  public static Image fromBuild(BuildImage build) {
    BuildOutput output = build.output();
    String reference =
        output.image().map(Image::reference).orElse("build-output:" + build.resolvedMetadata());
    return ImmutableImage.builder().reference(reference).buildImage(build).build();
  }

  /** The build this image comes from, when it was made by {@link #fromBuild(BuildImage)}. */
  public abstract Optional<BuildImage> buildImage();

  @Value.Lazy
  Parsed parsed() {
    return Parsed.of(reference());
  }

  /**
   * What is wrong with the reference, when it does not parse, or with the build output it comes
   * from.
   */
  public Optional<String> problem() {
    Optional<String> build = buildImage().flatMap(b -> b.output().problem());
    return build.isPresent() ? build : Optional.ofNullable(parsed().problem);
  }

  /** The registry host (with port), when the reference names one. */
  public Optional<String> registry() {
    return Optional.ofNullable(parsed().registry);
  }

  /** The registry the image is pulled from: the named one, else {@code docker.io}. */
  public String effectiveRegistry() {
    return registry().filter(r -> !DOCKER_HUB.contains(r)).orElse("docker.io");
  }

  /** The repository path, e.g. {@code team/api}. */
  public String repository() {
    return parsed().repository == null ? "" : parsed().repository;
  }

  /** The tag, if any. */
  public Optional<String> tag() {
    return Optional.ofNullable(parsed().tag);
  }

  /** The digest such as {@code sha256:...}, if any. */
  public Optional<String> digest() {
    return Optional.ofNullable(parsed().digest);
  }

  /** The registry hosts that all stand for Docker Hub. */
  static final Set<String> DOCKER_HUB =
      Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

  /**
   * The reference in its full form, as a container runtime reads it: Docker Hub's implicit forms
   * ({@code nginx}, {@code library/nginx}, {@code index.docker.io/nginx}) become {@code
   * docker.io/library/nginx}, other references stay as written. Mirrors, the lock file and the
   * registry policy all work on this form. A malformed reference is returned unchanged.
   */
  @Value.Lazy
  public Image canonical() {
    if (problem().isPresent()) {
      return this;
    }
    String registry = effectiveRegistry();
    String repository = repository();
    if (DOCKER_HUB.contains(registry)) {
      registry = "docker.io";
      if (!repository.contains("/")) {
        repository = "library/" + repository;
      }
    }
    String canonical = registry + "/" + repository + suffix();
    return canonical.equals(reference()) ? this : Image.of(canonical);
  }

  /** The tag and digest as written: {@code :1.27}, {@code @sha256:...}, both or neither. */
  String suffix() {
    return tag().map(t -> ":" + t).orElse("") + digest().map(d -> "@" + d).orElse("");
  }

  /** This image pulled from {@code registryPath} (a host with an optional path) instead. */
  Image rehomed(String registryPath) {
    Image full = canonical();
    String path = full.repository();
    return Image.of(registryPath + "/" + path + full.suffix());
  }

  /** This image pinned to {@code digest}, keeping its tag for readers. */
  Image pinned(String digest) {
    String base = reference();
    int at = base.indexOf('@');
    return Image.of((at >= 0 ? base.substring(0, at) : base) + "@" + digest);
  }

  /** Whether the image is neither pinned by digest nor by a tag other than {@code latest}. */
  public boolean unpinned() {
    return digest().isEmpty() && tag().map("latest"::equals).orElse(true);
  }

  @Override
  public String toString() {
    return reference();
  }

  static final class Parsed {
    final String registry;
    final String repository;
    final String tag;
    final String digest;
    final String problem;

    private Parsed(String registry, String repository, String tag, String digest, String problem) {
      this.registry = registry;
      this.repository = repository;
      this.tag = tag;
      this.digest = digest;
      this.problem = problem;
    }

    static Parsed of(String reference) {
      if (reference == null || reference.isBlank()) {
        return invalid("must not be empty");
      }
      String rest = reference;
      String digest = null;
      int at = rest.indexOf('@');
      if (at >= 0) {
        digest = rest.substring(at + 1);
        rest = rest.substring(0, at);
      }
      String tag = null;
      int colon = rest.lastIndexOf(':');
      if (colon > rest.lastIndexOf('/')) {
        tag = rest.substring(colon + 1);
        rest = rest.substring(0, colon);
      }
      String registry = null;
      int slash = rest.indexOf('/');
      if (slash > 0 && looksLikeRegistry(rest.substring(0, slash))) {
        registry = rest.substring(0, slash);
        rest = rest.substring(slash + 1);
      }
      if ((registry != null && !REGISTRY.matcher(registry).matches())
          || !REPOSITORY.matcher(rest).matches()
          || (tag != null && !TAG.matcher(tag).matches())
          || (digest != null && !DIGEST.matcher(digest).matches())) {
        return invalid(
            "expected [registry/]repository[:tag][@digest] with a lower-case repository, such as"
                + " \"registry.example.com/team/api:1.4.2\", was \""
                + reference
                + "\"");
      }
      return new Parsed(registry, rest, tag, digest, null);
    }

    private static Parsed invalid(String problem) {
      return new Parsed(null, null, null, null, problem);
    }

    private static boolean looksLikeRegistry(String host) {
      return host.contains(".") || host.contains(":") || host.equals("localhost");
    }
  }
}
