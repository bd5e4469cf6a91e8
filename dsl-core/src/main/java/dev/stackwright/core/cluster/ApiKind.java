package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A kind of the Kubernetes API by group and kind, such as {@code CephCluster} in {@code
 * ceph.rook.io}, with the plural its CustomResourceDefinition is named after ({@code
 * cephclusters.ceph.rook.io}). Versions do not matter here: a CRD that is installed serves its
 * kind, and {@link ApiVersions} checks the versions of built-in kinds.
 *
 * <pre>{@code
 * ApiKind cluster = ApiKind.of("ceph.rook.io", "CephCluster");
 * ApiKind nfs = ApiKind.of("ceph.rook.io", "CephNFS", "cephnfses");
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ApiKind implements Comparable<ApiKind> {

  /** The API group; empty for the core group ({@code v1}). */
  @Value.Parameter
  public abstract String group();

  /** The kind, as objects spell it: {@code CephCluster}. */
  @Value.Parameter
  public abstract String kind();

  /**
   * The resource's plural: the English plural of the lower-cased kind unless given ({@code
   * cephclusters}, {@code authorizationpolicies}, {@code cephnfses}).
   */
  @Value.Default
  public String plural() {
    String lower = kind().toLowerCase(Locale.ROOT);
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return lower + "es";
    }
    if (lower.endsWith("y")
        && lower.length() > 1
        && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return lower.substring(0, lower.length() - 1) + "ies";
    }
    return lower + "s";
  }

  /** The name of the CustomResourceDefinition that defines this kind: {@code plural.group}. */
  public String crdName() {
    return plural() + "." + group();
  }

  /** The kind {@code kind} of {@code group}, with the derived plural. */
  public static ApiKind of(String group, String kind) {
    return ImmutableApiKind.of(group, kind);
  }

  /** The kind {@code kind} of {@code group} whose plural is {@code plural}. */
  public static ApiKind of(String group, String kind, String plural) {
    return ImmutableApiKind.builder().group(group).kind(kind).plural(plural).build();
  }

  /** The kind of an object with this {@code apiVersion} ({@code group/version} or {@code v1}). */
  public static ApiKind ofObject(String apiVersion, String kind) {
    String av = apiVersion == null ? "" : apiVersion;
    int slash = av.indexOf('/');
    return of(slash < 0 ? "" : av.substring(0, slash), kind);
  }

  /** Whether this is the same group and kind as {@code other}, whatever the plurals say. */
  public boolean sameAs(ApiKind other) {
    return group().equals(other.group()) && kind().equals(other.kind());
  }

  /** The key that identifies the kind: {@code group/kind}. */
  public String key() {
    return group() + "/" + kind();
  }

  @Override
  public int compareTo(ApiKind other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return group().isEmpty() ? kind() : kind() + " (" + group() + ")";
  }
}
