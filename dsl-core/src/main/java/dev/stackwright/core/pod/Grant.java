package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ConfigSource;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import java.util.List;
import org.immutables.value.Value;

/**
 * A least-privilege permission of a workload's service account in its namespace: verbs on a
 * resource type, optionally only on named objects. A workload's grants synthesize into one {@code
 * Role} and a {@code RoleBinding} to its service account.
 *
 * <pre>{@code
 * Grant.read("configmaps", "feature-flags")
 * Grant.of("", "leases", List.of("get", "update"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Grant {

  /** The API group; empty for the core group. */
  public abstract String apiGroup();

  /** The resource type, plural, e.g. {@code configmaps}. */
  public abstract String resource();

  /** The verbs, e.g. {@code get}, {@code list}, {@code watch}. */
  public abstract List<String> verbs();

  /** The object names the grant is limited to; empty means every object of the type. */
  public abstract List<String> resourceNames();

  /** Read access ({@code get}, {@code watch}) to the core resources of type {@code resource}. */
  public static Grant read(String resource, String... names) {
    return ImmutableGrant.builder()
        .apiGroup("")
        .resource(resource)
        .addVerbs(names.length == 0 ? new String[] {"get", "list", "watch"} : readNamed())
        .addResourceNames(names)
        .build();
  }

  /** Read access to the ConfigMap of {@code config}. */
  public static Grant read(ConfigSource config) {
    return read("configmaps", config.configMapName());
  }

  /** Read access to the Secret {@code secret}. */
  public static Grant read(SecretRef secret) {
    return read("secrets", secret.name());
  }

  /** {@code verbs} on {@code resource} of {@code apiGroup}, on every object of the type. */
  public static Grant of(String apiGroup, String resource, List<String> verbs) {
    return ImmutableGrant.builder().apiGroup(apiGroup).resource(resource).verbs(verbs).build();
  }

  /** This grant, limited to the objects called {@code names}. */
  public Grant only(String... names) {
    return ImmutableGrant.builder().from(this).addResourceNames(names).build();
  }

  private static String[] readNamed() {
    return new String[] {"get", "watch"};
  }

  void validate(Checks checks) {
    checks.require(
        !resource().isEmpty(), PodRules.INVALID_GRANT, "resource", "must name a resource");
    checks.require(
        !verbs().isEmpty(), PodRules.INVALID_GRANT, "verbs", "must grant at least one verb");
    checks.require(
        !verbs().contains("*") && !resource().equals("*"),
        PodRules.INVALID_GRANT,
        "verbs",
        "wildcards are not least privilege; name the verbs and resources");
  }

  PolicyRule toRule() {
    return new PolicyRuleBuilder()
        .withApiGroups(apiGroup())
        .withResources(resource())
        .withVerbs(List.copyOf(verbs()))
        .withResourceNames(resourceNames().isEmpty() ? null : List.copyOf(resourceNames()))
        .build();
  }
}
