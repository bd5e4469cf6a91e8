package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * The in-cluster DNS names of a {@link Service}, to wire a consumer's environment without spelling
 * names by hand: {@code api}, {@code api.shop} and {@code api.shop.svc.cluster.local}.
 *
 * <pre>{@code
 * Dns db = Dns.of(dbService, "shop");
 * env("DB_HOST", db.namespacedName());            // db.shop
 * env("DB_URL", db.url("postgres", 5432));        // postgres://db.shop.svc.cluster.local:5432
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Dns {

  /** The service's name. */
  @Value.Parameter
  public abstract String serviceName();

  /** The service's namespace. */
  @Value.Parameter
  public abstract String namespace();

  /** The cluster's DNS domain; {@code cluster.local} by default. */
  @Value.Default
  public String clusterDomain() {
    return "cluster.local";
  }

  /** The names of {@code service} called {@code name} in {@code namespace}. */
  public static Dns of(String serviceName, String namespace) {
    return ImmutableDns.of(serviceName, namespace);
  }

  /**
   * The names of {@code service}, which lives in its own namespace or, when it names none, in
   * {@code defaultNamespace} (the stack's default).
   */
  public static Dns of(Service service, String defaultNamespace) {
    return of(service.name(), service.namespace().orElse(defaultNamespace));
  }

  /**
   * The names of {@code service}, which must name its namespace.
   *
   * @throws IllegalArgumentException when the service names no namespace; use {@link #of(Service,
   *     String)} then
   */
  public static Dns of(Service service) {
    return of(
        service,
        service
            .namespace()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "service "
                            + service.name()
                            + " names no namespace; use Dns.of(service, \"<namespace>\")")));
  }

  /** The same names under another cluster domain. */
  public abstract Dns withClusterDomain(String domain);

  /** The short name, resolvable from the service's own namespace: {@code api}. */
  public String name() {
    return serviceName();
  }

  /** The name resolvable from any namespace: {@code api.shop}. */
  public String namespacedName() {
    return serviceName() + "." + namespace();
  }

  /** The fully qualified name: {@code api.shop.svc.cluster.local}. */
  public String fqdn() {
    return namespacedName() + ".svc." + clusterDomain();
  }

  /** {@code host:port} with the fully qualified name. */
  public String hostPort(int port) {
    return fqdn() + ":" + port;
  }

  /** A URL with the fully qualified name: {@code http://api.shop.svc.cluster.local:80}. */
  public String url(String scheme, int port) {
    return scheme + "://" + hostPort(port);
  }
}
