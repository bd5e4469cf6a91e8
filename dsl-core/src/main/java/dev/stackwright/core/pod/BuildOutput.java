package dev.stackwright.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a build's image metadata file says, read once: the image pinned by digest, or what is wrong
 * with the file. The file is the one Jib writes ({@code jib-image.json}): a JSON object with {@code
 * image} (the target reference, such as {@code registry.example.com/shop/orders:1.4.0}), {@code
 * imageId}, {@code imageDigest} ({@code sha256:...}), {@code tags} and {@code imagePushed}; only
 * {@code image} and {@code imageDigest} are read. Reading never throws.
 */
final class BuildOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  private final Image image;
  private final String problem;

  private BuildOutput(Image image, String problem) {
    this.image = image;
    this.problem = problem;
  }

  /** The pinned image, when the file holds one. */
  Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** What is wrong with the file, when it holds no usable image. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Reads {@code build}'s metadata file. */
  static BuildOutput read(BuildImage build) {
    Path file = build.resolvedMetadata();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return failed(build, "the build output " + file + " does not exist");
    } catch (IOException | RuntimeException e) {
      return failed(build, "the build output " + file + " cannot be read (" + e.getMessage() + ")");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      return failed(
          build, "the build output " + file + " is not JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (root == null || !root.isObject()) {
      return failed(build, "the build output " + file + " is not a JSON object");
    }
    String name = text(root, "image");
    String digest = text(root, "imageDigest");
    if (name.isEmpty() || digest.isEmpty()) {
      return failed(
          build,
          "the build output "
              + file
              + " has no "
              + (name.isEmpty() ? "\"image\"" : "\"imageDigest\"")
              + "; expected the image name and digest as Jib writes them");
    }
    if (!DIGEST.matcher(digest).matches()) {
      return failed(
          build,
          "the build output "
              + file
              + " has imageDigest \""
              + digest
              + "\"; expected sha256:<64 lower-case hex digits>");
    }
    Image named = Image.of(name);
    if (named.problem().isPresent()) {
      return failed(
          build,
          "the build output " + file + " names image \"" + name + "\", not an image reference");
    }
    String repository =
        named.registry().map(r -> r + "/").orElse("") + named.repository() + "@" + digest;
    return new BuildOutput(Image.of(repository), null);
  }

  private static BuildOutput failed(BuildImage build, String what) {
    BuildTool tool = build.tool();
    String how =
        tool.jib()
            ? "; build the image with `"
                + tool.pushCommand()
                + "` (or `"
                + tool.daemonCommand()
                + "` for a local Docker daemon) in "
                + build.resolvedContext()
                + ", which writes it"
            : "; build the image with `docker build` in "
                + build.resolvedContext()
                + " and write its name and digest there in Jib's format (image, imageDigest)";
    return new BuildOutput(null, what + how);
  }

  private static String text(JsonNode root, String field) {
    JsonNode value = root.get(field);
    return value != null && value.isTextual() ? value.asText().strip() : "";
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message;
    int end = m.indexOf('\n');
    return end < 0 ? m : m.substring(0, end);
  }
}
