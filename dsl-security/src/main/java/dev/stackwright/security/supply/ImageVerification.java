package dev.stackwright.security.supply;

import dev.stackwright.core.validate.Checks;
import dev.stackwright.security.policy.PolicyRules;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Images that must be signed, and by whom: the images matching {@link #imageReferences()} (glob
 * patterns, {@code *} for any characters) are admitted only with a signature of {@link
 * #attestor()}. Rendered as a Kyverno {@code verifyImages} rule; Gatekeeper has no equivalent (see
 * {@code AdmissionPolicies}).
 *
 * <pre>{@code
 * ImageVerification.of("shop-images", Attestor.key(pem), "registry.example.com/shop/*")
 * }</pre>
 */
@Value.Immutable
public abstract class ImageVerification {

  /** The rule's name: a DNS-1123 label. */
  public abstract String name();

  /** The image patterns, e.g. {@code registry.example.com/shop/*}. */
  public abstract List<String> imageReferences();

  /** Who must have signed. */
  public abstract Attestor attestor();

  /** A verification of {@code patterns} by {@code attestor}. */
  public static ImageVerification of(String name, Attestor attestor, String... patterns) {
    return builder().name(name).attestor(attestor).addImageReferences(patterns).build();
  }

  /** A builder for a verification. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code image} matches one of the patterns. */
  public boolean matches(String image) {
    return imageReferences().stream().anyMatch(p -> glob(p).matcher(image).matches());
  }

  /** Reports a verification without patterns or with an incomplete attestor. */
  public void validate(Checks at) {
    at.label("name", name());
    at.require(
        !imageReferences().isEmpty(),
        PolicyRules.INVALID_VERIFICATION,
        "imageReferences",
        "name at least one image pattern, such as registry.example.com/shop/*");
    for (int i = 0; i < imageReferences().size(); i++) {
      String p = imageReferences().get(i);
      at.require(
          !p.isBlank() && !p.contains(" ") && !p.equals("*"),
          PolicyRules.INVALID_VERIFICATION,
          "imageReferences[" + i + "]",
          "expected an image pattern such as registry.example.com/shop/* (not every image: \"*\""
              + " would need a signature on every system image too), was \"%s\"",
          p);
    }
    attestor().validate(at.in("attestor"));
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** Builds an {@link ImageVerification}. */
  public static class Builder extends ImmutableImageVerification.Builder {}
}
