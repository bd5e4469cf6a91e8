package dev.stackwright.core.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What synth writes for each stack: plain YAML manifests, a Helm chart, or both. */
public enum Format {
  /** Plain YAML with a kustomization, a folder per environment. */
  PLAIN,
  /** A Helm chart, with a values file per further environment. */
  HELM;

  /** The format called {@code option} on the command line ({@code plain}, {@code helm}). */
  public static Optional<Format> fromOption(String option) {
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(option.trim()))
        .findFirst();
  }

  /** The name used on the command line. */
  public String option() {
    return name().toLowerCase(Locale.ROOT);
  }
}
