package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The cluster a stack is applied to, its profile: its name, distribution and Kubernetes version
 * (which API versions it serves), what it already provides, its domain and region, and its node
 * pools. A stack built per environment states one per environment; a {@link
 * dev.stackwright.core.fleet.Fleet} one per cluster. What changes with it changes in the output:
 * the distribution's built-ins count as provided, OpenShift leaves user ids to its security context
 * constraints, pods placed on a node pool get its selector and tolerations, and each kind is
 * written in an API version the cluster serves.
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

  private static final List<String> TAINT_EFFECTS =
      List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

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
   * default. Add with {@code provides(...)}. The distribution's built-ins are in {@link
   * #provided()}.
   */
  public abstract List<Prerequisite> prerequisites();

  /**
   * The cluster's name, a DNS label; none by default. A named cluster's output goes to its own
   * folder ({@code dist/shop/prod-eu/}) and its Helm values file is named after it.
   */
  public abstract Optional<String> name();

  /** The distribution; {@link Distribution#KUBERNETES} by default. */
  @Value.Default
  public Distribution distribution() {
    return Distribution.KUBERNETES;
  }

  /** The region the cluster runs in, such as {@code eu-west-1}; none by default. */
  public abstract Optional<String> region();

  /**
   * The DNS domain the cluster's routes are served under, such as {@code eu.shop.example.com}; none
   * by default. A definition reads it to build its hosts.
   */
  public abstract Optional<String> domain();

  /** The node pools pods can be placed on by name; none by default. */
  public abstract List<NodePool> nodePools();

  /**
   * What the cluster has before the stack is applied: the distribution's built-ins, then the rest.
   */
  public List<Prerequisite> provided() {
    if (distribution().builtIns().isEmpty()) {
      return prerequisites();
    }
    List<Prerequisite> all = new ArrayList<>(distribution().builtIns());
    all.addAll(prerequisites());
    return List.copyOf(all);
  }

  /** Checks the profile: its name, the pools' names, labels and taints. */
  public void validate(Checks checks) {
    name().ifPresent(n -> checks.label("name", n));
    Set<String> pools = new HashSet<>();
    for (int i = 0; i < nodePools().size(); i++) {
      NodePool pool = nodePools().get(i);
      Checks at = checks.in("nodePools[" + i + "]");
      if (at.label("name", pool.name()) && !pools.add(pool.name())) {
        at.error(
            ClusterRules.INVALID_PROFILE,
            "name",
            "another node pool is called %s; each needs its own name",
            pool.name());
      }
      at.labels("labels", pool.labels());
      for (int t = 0; t < pool.taints().size(); t++) {
        Taint taint = pool.taints().get(t);
        at.require(
            TAINT_EFFECTS.contains(taint.effect()),
            ClusterRules.INVALID_PROFILE,
            "taints[" + t + "].effect",
            "expected one of %s, was \"%s\"",
            TAINT_EFFECTS,
            taint.effect());
      }
    }
  }

  /** The node pool called {@code name}, if the cluster has one. */
  public Optional<NodePool> nodePool(String name) {
    return nodePools().stream().filter(p -> p.name().equals(name)).findFirst();
  }

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
