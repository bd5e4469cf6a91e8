package dev.stackwright.core.pod;

/**
 * The stable ids of the rules the pod model checks, for every component that runs pods: compute's
 * workloads, the telemetry collector, the snapshot job and any later agent or function. Opt-outs of
 * the restricted Pod Security Standard use the core's {@code security.pod-security-opt-out}.
 */
public final class PodRules {
  /** An image reference that does not parse. */
  public static final String INVALID_IMAGE = "pod.invalid-image";

  /**
   * An image from a build ({@link Image#fromBuild(BuildImage)}) whose metadata file is missing,
   * unreadable or not the name and digest the build writes.
   */
  public static final String BUILD_IMAGE_MISSING = "pod.build-image-missing";

  /** An image without a tag or digest, or tagged {@code latest} (a warning). */
  public static final String UNPINNED_IMAGE = "pod.unpinned-image";

  /** An image from a registry that a {@link RegistryPolicy} of the stack does not allow. */
  public static final String REGISTRY_NOT_ALLOWED = "pod.registry-not-allowed";

  /** An image the stack's {@link ImageLock} does not pin. */
  public static final String IMAGE_NOT_LOCKED = "pod.image-not-locked";

  /** A line of the {@link ImageLock} that is not a reference and a {@code sha256} digest. */
  public static final String INVALID_IMAGE_LOCK = "pod.invalid-image-lock";

  /**
   * An {@link ImageMirror} that is not a registry host and a target, or a registry mirrored twice.
   */
  public static final String INVALID_MIRROR = "pod.invalid-mirror";

  /** A {@link RegistryCredentials} entry that is not a registry host and a Secret name. */
  public static final String INVALID_CREDENTIALS = "pod.invalid-registry-credentials";

  /** A pod without any (main) container. */
  public static final String NO_CONTAINERS = "pod.no-containers";

  /** Two containers of one pod with the same name. */
  public static final String DUPLICATE_CONTAINER = "pod.duplicate-container";

  /** Two ports of one pod with the same name, or the same number and protocol. */
  public static final String DUPLICATE_PORT = "pod.duplicate-port";

  /** A probe or hook on a port name the container does not declare. */
  public static final String UNKNOWN_PORT = "pod.unknown-port";

  /** A probe that cannot work: a relative HTTP path, an empty command, a bad threshold. */
  public static final String INVALID_PROBE = "pod.invalid-probe";

  /** A mount of a volume the pod does not have. */
  public static final String UNKNOWN_VOLUME = "pod.unknown-volume";

  /** Two volumes of one pod with the same name but different sources. */
  public static final String DUPLICATE_VOLUME = "pod.duplicate-volume";

  /** A mount path that is not absolute, or mounted twice in one container. */
  public static final String INVALID_MOUNT = "pod.invalid-mount";

  /** An environment variable with an invalid or repeated name, or an incomplete source. */
  public static final String INVALID_ENV = "pod.invalid-env";

  /** A resource request above its limit. */
  public static final String REQUEST_ABOVE_LIMIT = "pod.request-above-limit";

  /** An extended resource name that is not a qualified name such as {@code nvidia.com/gpu}. */
  public static final String INVALID_RESOURCE_NAME = "pod.invalid-resource-name";

  /** A container with no memory limit (a warning). */
  public static final String NO_LIMITS = "pod.no-limits";

  /** A long-running container with ports but no readiness probe (a warning). */
  public static final String NO_READINESS_PROBE = "pod.no-readiness-probe";

  /** A count that must not be negative (grace seconds, probe thresholds) or is out of range. */
  public static final String INVALID_COUNT = "pod.invalid-count";

  /** An RBAC grant without resources or verbs. */
  public static final String INVALID_GRANT = "pod.invalid-grant";

  /**
   * A pod with grants but no service-account token: its service account never mounts one, so
   * without asking for it the pod cannot use what it was granted.
   */
  public static final String GRANTS_WITHOUT_TOKEN = "pod.grants-without-token";

  /** A decoration aimed at a pod set whose pods are not built by the pod model. */
  public static final String UNDECORATABLE = "pod.undecoratable";

  /** A pod that needs more than its namespace's Pod Security level admits. */
  public static final String POD_SECURITY_LEVEL = "pod.pod-security-level";

  private PodRules() {}
}
