package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The cluster a stack is applied to: its Kubernetes version (which API versions it serves) and what
 * it already provides. A stack built per environment states one per environment.
 *
 * <pre>{@code
 * TargetCluster.builder()
 *     .kubernetesVersion("1.31")
 *     .provides(Prerequisite.FLUX, Prerequisite.GATEWAY_API_STANDARD,
 *         Prerequisite.ingressClass("nginx"))
 *     .build();
 * }</pre>
 *
 * <p>A stack that states no target is checked against {@link #assumed()}: Kubernetes {@value
 * #DEFAULT_KUBERNETES_VERSION} providing nothing, with custom kinds nothing in the stack installs
 * reported as warnings (assumed installed) rather than errors.
 */
@Value.Immutable
@StackwrightStyle
public abstract class TargetCluster {
  /**
   * The Kubernetes version assumed when none is stated: the newest minor release {@link
   * ApiVersions} was checked against.
   */
  public static final String DEFAULT_KUBERNETES_VERSION = "1.33";

  private static final Pattern VERSION = Pattern.compile("v?1\\.(0|[1-9]\\d{0,2})(\\.\\d+)?");

  /**
   * The Kubernetes version, {@code major.minor} such as {@code 1.31}; {@value
   * #DEFAULT_KUBERNETES_VERSION}.
   */
  @Value.Default
  public String kubernetesVersion() {
    return DEFAULT_KUBERNETES_VERSION;
  }

  /**
   * What the cluster has before the stack is applied: delivery tools, CRDs, classes; nothing by
   * default. Add with {@code provides(...)}.
   */
  public abstract List<Prerequisite> prerequisites();

  /** Whether {@link #kubernetesVersion()} reads as {@code 1.N} (or {@code v1.N.P}). */
  public boolean hasValidVersion() {
    return VERSION.matcher(kubernetesVersion()).matches();
  }

  /** The minor version, 31 for {@code 1.31}; -1 when the version does not parse. */
  public int minor() {
    Matcher m = VERSION.matcher(kubernetesVersion());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The target assumed for a stack that states none: the default version, nothing provided. */
  public static TargetCluster assumed() {
    return builder().build();
  }

  /** A builder for a target cluster. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetCluster}. */
  public static class Builder extends ImmutableTargetCluster.Builder {

    /** Adds what the cluster provides. */
    public Builder provides(Prerequisite... prerequisites) {
      addPrerequisites(prerequisites);
      return this;
    }
  }
}
