package dev.stackwright.core.release;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.pod.Image;
import dev.stackwright.core.pod.ImageReferences;
import dev.stackwright.core.validate.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An image an upstream chart runs, where its values set it: the stack's mirrors and image lock
 * apply to it as to every pod the stack builds, and the registry policy is checked on the reference
 * the chart will pull. When mirroring or pinning changes the reference, the release's values get
 * {@code <path>.repository} (registry and repository) and {@code <path>.tag} (the tag, followed by
 * {@code @sha256:...} when pinned, which a chart's {@code repository:tag} template turns into a
 * pinned reference).
 *
 * <pre>{@code
 * ReleaseImage.of("core.image", "docker.io/goharbor/harbor-core:v2.13.1")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ReleaseImage {

  /** The dotted path of the image's map in the chart values: {@code core.image}. */
  @Value.Parameter
  public abstract String path();

  /** The image the chart runs there by default at its pinned version. */
  @Value.Parameter
  public abstract Image image();

  /** The key of the repository under {@link #path()}; {@code repository}. */
  @Value.Default
  public String repositoryKey() {
    return "repository";
  }

  /** The key of the tag under {@link #path()}; {@code tag}. */
  @Value.Default
  public String tagKey() {
    return "tag";
  }

  /**
   * Whether the stack's mirrors apply; true by default. False for an image that must be pulled
   * before the mirror serves (the registry's own images): the lock still pins it.
   */
  @Value.Default
  public boolean mirrored() {
    return true;
  }

  /** The chart's image {@code reference} set at {@code path}. */
  public static ReleaseImage of(String path, String reference) {
    return ImmutableReleaseImage.of(path, Image.of(reference));
  }

  /** This image, not mirrored (see {@link #mirrored()}). */
  public ReleaseImage unmirrored() {
    return ImmutableReleaseImage.builder().from(this).mirrored(false).build();
  }

  void check(ImageReferences images, Checks checks) {
    String field = "values." + path();
    images.check(checks, field, image(), mirrored());
    checks.require(
        image().problem().isPresent() || image().tag().isPresent(),
        ReleaseRules.INVALID_VALUE,
        field,
        "a release image needs the tag the chart's %s.%s holds, was \"%s\"",
        path(),
        tagKey(),
        image().reference());
  }

  /** Sets the written reference into {@code values} when it differs from the chart's default. */
  void apply(ImageReferences images, Map<String, Object> values) {
    Image written = images.written(image(), mirrored());
    if (written.equals(image()) || image().tag().isEmpty()) {
      return;
    }
    String reference = written.reference();
    int at = reference.indexOf('@');
    String base = at < 0 ? reference : reference.substring(0, at);
    int colon = base.lastIndexOf(':');
    Map<String, Object> node = values;
    for (String key : path().split("\\.", -1)) {
      node = child(node, key);
    }
    node.put(repositoryKey(), base.substring(0, colon));
    node.put(tagKey(), base.substring(colon + 1) + (at < 0 ? "" : reference.substring(at)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String key) {
    Object existing = parent.get(key);
    Map<String, Object> copy = new TreeMap<>();
    if (existing instanceof Map<?, ?> map) {
      copy.putAll((Map<String, Object>) map);
    }
    parent.put(key, copy);
    return copy;
  }

  /** A deep-enough copy of {@code values} that {@link #apply} may change. */
  static Map<String, Object> copy(Map<String, Object> values) {
    return new LinkedHashMap<>(values);
  }
}
