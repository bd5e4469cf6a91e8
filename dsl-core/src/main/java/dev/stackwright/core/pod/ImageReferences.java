package dev.stackwright.core.pod;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the stack writes an image reference: rewritten to the registry's {@link ImageMirror}, then
 * pinned to its digest from the {@link ImageLock}, and checked against the {@link RegistryPolicy}
 * on the rewritten reference. Built once per synthesis from the stack's {@link MirrorSource}s, lock
 * and policies; every pod the pod model renders and every release image goes through it.
 */
public final class ImageReferences {
  private final Set<String> allowed = new TreeSet<>();
  private final Map<String, ImageMirror> mirrors = new HashMap<>();
  private final Optional<ImageLock> lock;
  private final Map<String, BuildImage> builds = new LinkedHashMap<>();

  private ImageReferences(SynthContext context) {
    context.componentsOf(RegistryPolicy.class).forEach(p -> allowed.addAll(p.registries()));
    for (MirrorSource declared : context.componentsOf(MirrorSource.class)) {
      for (ImageMirror m : declared.imageMirrors()) {
        if (m.problem() == null) {
          mirrors.putIfAbsent(m.registry(), m);
        }
      }
    }
    List<ImageLock> locks = context.componentsOf(ImageLock.class);
    this.lock = locks.isEmpty() ? Optional.empty() : Optional.of(locks.get(0));
  }

  /** The image references of {@code context}'s stack, built once per synthesis. */
  public static ImageReferences in(SynthContext context) {
    return context.index(ImageReferences.class, ImageReferences::new);
  }

  /** The mirror {@code image} is pulled through, if its registry has one. */
  public Optional<ImageMirror> mirrorOf(Image image) {
    if (image.problem().isPresent()) {
      return Optional.empty();
    }
    return Optional.ofNullable(mirrors.get(image.canonical().effectiveRegistry()));
  }

  /**
   * The reference the stack writes for {@code image}: through its mirror, pinned to the locked
   * digest; as declared when neither applies (a malformed reference is written as is, and
   * reported).
   */
  public Image written(Image image) {
    return written(image, true);
  }

  /**
   * The reference the stack writes for {@code image}, through its mirror only when {@code
   * mirrored}: the registry's own images are pulled before the mirror serves.
   */
  public Image written(Image image, boolean mirrored) {
    if (image.problem().isPresent()) {
      return image;
    }
    Image out =
        mirrored ? mirrorOf(image).map(m -> image.rehomed(m.target())).orElse(image) : image;
    if (image.digest().isEmpty() && lock.isPresent()) {
      Optional<String> digest = lock.get().digestOf(image);
      if (digest.isPresent()) {
        out = out.pinned(digest.get());
      }
    }
    if (image.buildImage().isPresent()) {
      builds.putIfAbsent(nameOf(out), image.buildImage().get());
    }
    return out;
  }

  /**
   * The images from a build that the stack wrote so far, by the name it wrote them under (without
   * tag or digest, as Skaffold and Tilt match them), in the order first written.
   */
  public Map<String, BuildImage> builds() {
    return Collections.unmodifiableMap(builds);
  }

  private static String nameOf(Image image) {
    return image.registry().map(r -> r + "/").orElse("") + image.repository();
  }

  /**
   * Reports a malformed image, one the lock does not pin, an unpinned one (a warning), and one the
   * registry policy does not allow once written, naming the mirror when the mirror is the cause.
   *
   * @param at where the image is declared
   * @param field the image's field: {@code image}, {@code values.core.image}
   * @param image the image as declared
   */
  public void check(Checks at, String field, Image image) {
    check(at, field, image, true);
  }

  /** Like {@link #check(Checks, String, Image)}, through the mirror only when {@code mirrored}. */
  public void check(Checks at, String field, Image image, boolean mirrored) {
    if (image.buildImage().isPresent() && image.problem().isPresent()) {
      at.error(PodRules.BUILD_IMAGE_MISSING, field, "%s", image.problem().get());
      return;
    }
    if (image.problem().isPresent()) {
      at.error(PodRules.INVALID_IMAGE, field, "%s", image.problem().get());
      return;
    }
    Image written = written(image, mirrored);
    Optional<ImageMirror> mirror = mirrored ? mirrorOf(image) : Optional.empty();
    if (lock.isPresent() && written.digest().isEmpty()) {
      at.error(
          PodRules.IMAGE_NOT_LOCKED,
          field,
          "image \"%s\" is not in the image lock %s, so it cannot be pinned by digest; add the line"
              + " \"%s\" with the digest that `crane digest %s` prints",
          image.reference(),
          lock.get().source(),
          ImageLock.lineFor(image),
          image.canonical().reference());
    } else if (written.unpinned()) {
      at.warn(
          PodRules.UNPINNED_IMAGE,
          field,
          "image \"%s\" is %s; pin a version tag or a digest so rollouts are reproducible",
          image.reference(),
          image.tag().isPresent() ? "tagged latest" : "untagged");
    }
    if (!allowed.isEmpty() && !allowed.contains(written.effectiveRegistry())) {
      if (mirror.isPresent()) {
        at.error(
            PodRules.REGISTRY_NOT_ALLOWED,
            field,
            "mirror %s rewrites image \"%s\" to \"%s\", whose registry %s is not allowed; the stack"
                + " allows %s: allow %s or mirror %s to an allowed registry",
            mirror.get(),
            image.reference(),
            written.reference(),
            written.effectiveRegistry(),
            allowed,
            written.effectiveRegistry(),
            mirror.get().registry());
      } else {
        at.error(
            PodRules.REGISTRY_NOT_ALLOWED,
            field,
            "registry %s is not allowed; the stack allows %s",
            written.effectiveRegistry(),
            allowed);
      }
    }
  }
}
