package dev.stackwright.security.rbac;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One rule of a {@link ClusterGrant}: verbs on resources of API groups, optionally only on named
 * objects, or on non-resource URLs ({@code /metrics}).
 *
 * <pre>{@code
 * Permission.read("", "nodes", "namespaces")
 * Permission.of("apps", List.of("deployments"), List.of("get", "patch"))
 * Permission.urls(List.of("/metrics"), "get")
 * }</pre>
 */
@Value.Immutable
public abstract class Permission {

  /** The API groups; {@code ""} is the core group. */
  public abstract List<String> apiGroups();

  /** The resources, plural ({@code pods}, {@code deployments/scale}). */
  public abstract List<String> resources();

  /** The verbs ({@code get}, {@code list}, {@code watch}, {@code create}...). */
  public abstract List<String> verbs();

  /** The object names the rule is limited to; every object when empty. */
  public abstract List<String> resourceNames();

  /** Non-resource URLs ({@code /metrics}, {@code /healthz}), instead of resources. */
  public abstract List<String> nonResourceUrls();

  /**
   * Read access ({@code get}, {@code list}, {@code watch}) to {@code resources} of {@code group}.
   */
  public static Permission read(String group, String... resources) {
    return of(group, Arrays.asList(resources), List.of("get", "list", "watch"));
  }

  /** {@code verbs} on {@code resources} of {@code group}. */
  public static Permission of(String group, List<String> resources, List<String> verbs) {
    return ImmutablePermission.builder()
        .addApiGroup(group)
        .addAllResources(resources)
        .addAllVerbs(verbs)
        .build();
  }

  /** {@code verbs} on the non-resource {@code urls}. */
  public static Permission urls(List<String> urls, String... verbs) {
    return ImmutablePermission.builder().addAllNonResourceUrls(urls).addVerbs(verbs).build();
  }

  /** A builder for every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** This permission, limited to objects called {@code names}. */
  public Permission only(String... names) {
    return builder().from(this).addResourceNames(names).build();
  }

  /** Builds a {@link Permission}. */
  public static class Builder extends ImmutablePermission.Builder {}
}
