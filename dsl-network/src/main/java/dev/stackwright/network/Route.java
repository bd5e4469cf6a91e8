package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One HTTP route: requests for a host and path (and optional header conditions) go to one or more
 * backends, optionally through filters. The same route renders as an Ingress path or an HTTPRoute
 * rule.
 *
 * <pre>{@code
 * Route.of("shop.example.com", "/api", apiService, "http")
 * Route.builder().host("shop.example.com").path("/")
 *     .addBackend(Backend.weighted(webV1, "http", 90))
 *     .addBackend(Backend.weighted(webV2, "http", 10))
 *     .build()
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Route {

  /** The host the route serves ({@code *.example.com} allowed); every host when absent. */
  public abstract Optional<String> host();

  /** The request path; {@code /} by default. */
  @Value.Default
  public String path() {
    return "/";
  }

  /** How the path matches; a prefix match by default. */
  @Value.Default
  public PathType pathType() {
    return PathType.PREFIX;
  }

  /** Header conditions that must all hold too (Gateway API only). */
  public abstract List<HeaderMatch> headers();

  /** Where matching requests go; several split traffic by weight (Gateway API only). */
  public abstract List<Backend> backends();

  /** Changes applied on the way (Gateway API only). */
  public abstract List<RouteFilter> filters();

  /** Everything under {@code /}, on any host, to port {@code port} of {@code service}. */
  public static Route to(Service service, String port) {
    return builder().addBackend(Backend.of(service, port)).build();
  }

  /** Requests for {@code host} under {@code path} to port {@code port} of {@code service}. */
  public static Route of(String host, String path, Service service, String port) {
    return builder().host(host).path(path).addBackend(Backend.of(service, port)).build();
  }

  /** A builder for a route. */
  public static Builder builder() {
    return new Builder();
  }

  /** What the route claims: host, path, match type and header conditions, as one string. */
  String claim() {
    return host().orElse("*")
        + " "
        + pathType().name()
        + " "
        + path()
        + headers().stream()
            .map(HeaderMatch::key)
            .sorted()
            .collect(Collectors.joining(",", " ", ""));
  }

  /** Builds a {@link Route}. */
  public static class Builder extends ImmutableRoute.Builder {}
}
