package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.StackwrightException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The digests the stack's images are pinned to, from a lock file the user commits ({@code
 * images.lock}): once a stack holds a lock, every image the stack writes gets {@code
 * @sha256:...} from it, and an image missing from it is an error that names the line to add. The
 * file has one image per line, the reference as the stack's definition names it (before any
 * mirror; Docker Hub's short forms are read as {@code docker.io/library/...}) and its digest:
 *
 * <pre>{@code
 * # images.lock: reference digest
 * docker.io/library/postgres:16.4 sha256:4d8d0e6c...
 * registry.example.com/shop/api:1.4.0 sha256:9a1f5b2e...
 * }</pre>
 *
 * <p>A proxy cache serves the same manifests as the registry it mirrors, so one digest holds for
 * the image and its mirrored reference. It synthesizes no object.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ImageLock implements Component {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  @Override
  @Value.Default
  public String name() {
    return "image-lock";
  }

  /** Where the lock was read from, for messages; {@code images.lock} by default. */
  @Value.Default
  public String source() {
    return "images.lock";
  }

  /** Digest by image reference, as written in the lock. */
  public abstract Map<String, String> digests();

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
    return "image-lock";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A builder for a lock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The lock in {@code text}, read from {@code source}: one {@code reference digest} per line,
   * blank lines and {@code #} comments ignored. Parsing never throws: a line without a valid digest
   * is reported when the stack is synthesized.
   */
  public static ImageLock parse(String text, String source) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split("\\s+", 2);
      digests.put(fields[0], fields.length > 1 ? fields[1] : "");
    }
    return builder().source(source).digests(digests).build();
  }

  /** The lock file at {@code file}; a file that cannot be read is a user error naming it. */
  public static ImageLock read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw StackwrightException.at(
          file.toString(),
          PodRules.INVALID_IMAGE_LOCK,
          "cannot read the image lock: " + e.getMessage());
    }
  }

  /** The lock as file text, one sorted {@code reference digest} line per image. */
  public String format() {
    StringBuilder out = new StringBuilder("# image reference, then its digest\n");
    new TreeMap<>(digests())
        .forEach((ref, digest) -> out.append(ref).append(' ').append(digest).append('\n'));
    return out.toString();
  }

  /** The lock line that pins {@code image}, for messages: {@code ref sha256:<digest>}. */
  static String lineFor(Image image) {
    return image.canonical().reference() + " sha256:<digest>";
  }

  /** The digest by full reference (see {@link Image#canonical()}), of the valid lines. */
  @Value.Lazy
  Map<String, String> byReference() {
    Map<String, String> out = new HashMap<>();
    digests()
        .forEach(
            (ref, digest) -> {
              Image image = Image.of(ref);
              if (image.problem().isEmpty() && image.digest().isEmpty()) {
                out.putIfAbsent(image.canonical().reference(), digest);
              }
            });
    return out;
  }

  /** The locked digest of {@code image}, by its full reference without digest. */
  Optional<String> digestOf(Image image) {
    return Optional.ofNullable(byReference().get(image.canonical().reference()));
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    Map<String, String> seen = new HashMap<>();
    digests()
        .forEach(
            (ref, digest) -> {
              String field = "digests[" + ref + "]";
              Image image = Image.of(ref);
              if (image.problem().isPresent()) {
                checks.error(PodRules.INVALID_IMAGE_LOCK, field, "%s", image.problem().get());
                return;
              }
              if (image.digest().isPresent()) {
                checks.error(
                    PodRules.INVALID_IMAGE_LOCK,
                    field,
                    "a lock line names the image without a digest and then its digest, was \"%s\"",
                    ref);
                return;
              }
              if (!DIGEST.matcher(digest).matches()) {
                checks.error(
                    PodRules.INVALID_IMAGE_LOCK,
                    field,
                    "expected a digest sha256:<64 lower-case hex digits> after the reference in %s,"
                        + " was \"%s\"",
                    source(),
                    digest);
              }
              String previous = seen.putIfAbsent(image.canonical().reference(), ref);
              if (previous != null) {
                checks.error(
                    PodRules.INVALID_IMAGE_LOCK,
                    field,
                    "%s is locked twice in %s (also as %s)",
                    image.canonical().reference(),
                    source(),
                    previous);
              }
            });
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }

  /** Builds an {@link ImageLock}. */
  public static class Builder extends ImmutableImageLock.Builder {}
}
