package dev.stackwright.registry;

import dev.stackwright.core.StackwrightStyle;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Harbor proxy-cache project in front of a public registry: {@code dockerhub} caching {@code
 * docker.io}. The same declaration gives the stack's mirror of that registry ({@code docker.io} to
 * {@code <harbor host>/dockerhub}) and the Harbor registry endpoint and project to create.
 *
 * <pre>{@code
 * ProxyCache.of("docker.io", "dockerhub")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ProxyCache {
  private static final Pattern PROJECT = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");

  /** Harbor's endpoint type and URL of the registries it knows by name. */
  private static final Map<String, String[]> KNOWN =
      Map.of(
          "docker.io", new String[] {"docker-hub", "https://hub.docker.com"},
          "quay.io", new String[] {"quay", "https://quay.io"},
          "ghcr.io", new String[] {"github-ghcr", "https://ghcr.io"});

  /** The registry host cached: {@code docker.io}. */
  @Value.Parameter
  public abstract String registry();

  /**
   * The Harbor project that caches it: lower-case letters, digits, {@code .}, {@code _}, {@code -}.
   */
  @Value.Parameter
  public abstract String project();

  /** A project {@code project} caching registry {@code registry}. */
  public static ProxyCache of(String registry, String project) {
    return ImmutableProxyCache.of(registry, project);
  }

  /** Harbor's endpoint type for the registry: {@code docker-hub}, {@code quay}, ... */
  public String endpointType() {
    String[] known = KNOWN.get(registry());
    return known == null ? "docker-registry" : known[0];
  }

  /** The URL of Harbor's registry endpoint. */
  public String endpointUrl() {
    String[] known = KNOWN.get(registry());
    return known == null ? "https://" + registry() : known[1];
  }

  /** Whether the project name is one Harbor accepts. */
  boolean validProject() {
    return project().length() <= 255 && PROJECT.matcher(project()).matches();
  }
}
