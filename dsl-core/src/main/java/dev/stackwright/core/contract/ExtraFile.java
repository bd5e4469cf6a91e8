package dev.stackwright.core.contract;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a component adds beside its environment's manifests, at a path relative to that folder: a
 * YAML document or plain text. Several components may add the same YAML file (a helmfile.yaml with
 * a release each): their documents merge, maps key by key and lists one after the other in apply
 * order; the same scalar twice must agree. Text files cannot be shared.
 *
 * @param path the relative path, with {@code /} separators, such as {@code helmfile.yaml}
 * @param yaml the YAML document, when it is one
 * @param text the text, when the file is not a YAML document
 */
public record ExtraFile(String path, Optional<Map<String, Object>> yaml, Optional<String> text) {

  /** Checks that exactly one of the contents is given. */
  public ExtraFile {
    Objects.requireNonNull(path, "path");
    if (yaml.isPresent() == text.isPresent()) {
      throw new IllegalArgumentException("an extra file is either YAML or text: " + path);
    }
  }

  /** A YAML document that other components may add to. */
  public static ExtraFile yaml(String path, Map<String, Object> document) {
    return new ExtraFile(path, Optional.of(document), Optional.empty());
  }

  /** A text file of this component alone. */
  public static ExtraFile text(String path, String text) {
    return new ExtraFile(path, Optional.empty(), Optional.of(text));
  }
}
