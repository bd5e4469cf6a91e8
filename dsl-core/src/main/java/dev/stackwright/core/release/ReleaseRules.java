package dev.stackwright.core.release;

/** The ids of the rules a chart release is checked against. */
public final class ReleaseRules {
  /** A release without a chart version. */
  public static final String MISSING_VERSION = "release.missing-version";

  /** A release without a chart name. */
  public static final String MISSING_CHART = "release.missing-chart";

  /** A repository that is neither an http(s) nor an oci reference. */
  public static final String INVALID_REPOSITORY = "release.invalid-repository";

  /** A values key that is empty or holds a value YAML cannot carry. */
  public static final String INVALID_VALUE = "release.invalid-value";

  /** A Git release's folder that is empty, absolute or leaves the repository. */
  public static final String INVALID_PATH = "release.invalid-path";

  private ReleaseRules() {}
}
