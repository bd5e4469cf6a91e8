package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeader;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderFilter;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderFilterBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathModifierBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRequestRedirectFilterBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteFilter;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteFilterBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPURLRewriteFilterBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A change a {@link Route} applies to requests or responses: header edits, a redirect or a URL
 * rewrite. Synthesizes into an HTTPRoute filter; the Gateway API only.
 *
 * <pre>{@code
 * RouteFilter.redirectToHttps()
 * RouteFilter.setRequestHeader("x-env", "prod")
 * RouteFilter.rewritePrefix("/")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class RouteFilter {

  /** What the filter does. */
  public enum Type {
    /** Edits request headers. */
    REQUEST_HEADERS,
    /** Edits response headers. */
    RESPONSE_HEADERS,
    /** Answers with a redirect instead of forwarding. */
    REDIRECT,
    /** Rewrites the host or path before forwarding. */
    URL_REWRITE
  }

  /** What the filter does. */
  @Value.Parameter
  public abstract Type type();

  /** Headers to set (replacing any value), for header filters. */
  public abstract Map<String, String> setHeaders();

  /** Headers to add (keeping existing values), for header filters. */
  public abstract Map<String, String> addHeaders();

  /** Headers to remove, for header filters. */
  public abstract List<String> removeHeaders();

  /** The redirect's scheme ({@code http} or {@code https}); the request's when absent. */
  public abstract Optional<String> scheme();

  /** The redirect's or rewrite's host name; the request's when absent. */
  public abstract Optional<String> hostname();

  /** The redirect's port; derived from the scheme when absent. */
  public abstract Optional<Integer> port();

  /** The redirect's status code (301, 302, 303, 307 or 308); 302 when absent. */
  public abstract Optional<Integer> statusCode();

  /** A redirect or rewrite replacing the matched path prefix with this one. */
  public abstract Optional<String> replacePrefix();

  /** A redirect or rewrite replacing the whole path with this one. */
  public abstract Optional<String> replacePath();

  /** Sets request header {@code name} to {@code value}. */
  public static RouteFilter setRequestHeader(String name, String value) {
    return builder().type(Type.REQUEST_HEADERS).putSetHeader(name, value).build();
  }

  /** Adds {@code value} to request header {@code name}. */
  public static RouteFilter addRequestHeader(String name, String value) {
    return builder().type(Type.REQUEST_HEADERS).putAddHeader(name, value).build();
  }

  /** Removes request header {@code name}. */
  public static RouteFilter removeRequestHeader(String name) {
    return builder().type(Type.REQUEST_HEADERS).addRemoveHeader(name).build();
  }

  /** Sets response header {@code name} to {@code value}. */
  public static RouteFilter setResponseHeader(String name, String value) {
    return builder().type(Type.RESPONSE_HEADERS).putSetHeader(name, value).build();
  }

  /** A permanent (301) redirect to the same URL over HTTPS. */
  public static RouteFilter redirectToHttps() {
    return builder().type(Type.REDIRECT).scheme("https").statusCode(301).build();
  }

  /** Rewrites the matched path prefix to {@code prefix} before forwarding. */
  public static RouteFilter rewritePrefix(String prefix) {
    return builder().type(Type.URL_REWRITE).replacePrefix(prefix).build();
  }

  /** Rewrites the Host header to {@code hostname} before forwarding. */
  public static RouteFilter rewriteHost(String hostname) {
    return builder().type(Type.URL_REWRITE).hostname(hostname).build();
  }

  /** A builder for any filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The HTTPRoute filter. */
  HTTPRouteFilter toGateway() {
    HTTPRouteFilterBuilder b = new HTTPRouteFilterBuilder();
    switch (type()) {
      case REQUEST_HEADERS ->
          b.withType("RequestHeaderModifier").withRequestHeaderModifier(headers());
      case RESPONSE_HEADERS ->
          b.withType("ResponseHeaderModifier").withResponseHeaderModifier(headers());
      case REDIRECT -> {
        HTTPRequestRedirectFilterBuilder r = new HTTPRequestRedirectFilterBuilder();
        scheme().ifPresent(r::withScheme);
        hostname().ifPresent(r::withHostname);
        port().ifPresent(r::withPort);
        statusCode().ifPresent(r::withStatusCode);
        pathModifier().ifPresent(m -> r.withPath(m.build()));
        b.withType("RequestRedirect").withRequestRedirect(r.build());
      }
      case URL_REWRITE -> {
        HTTPURLRewriteFilterBuilder r = new HTTPURLRewriteFilterBuilder();
        hostname().ifPresent(r::withHostname);
        pathModifier().ifPresent(m -> r.withPath(m.build()));
        b.withType("URLRewrite").withUrlRewrite(r.build());
      }
    }
    return b.build();
  }

  private HTTPHeaderFilter headers() {
    HTTPHeaderFilterBuilder h = new HTTPHeaderFilterBuilder();
    new TreeMap<>(setHeaders()).forEach((k, v) -> h.addToSet(new HTTPHeader(k, v)));
    new TreeMap<>(addHeaders()).forEach((k, v) -> h.addToAdd(new HTTPHeader(k, v)));
    if (!removeHeaders().isEmpty()) {
      h.withRemove(removeHeaders());
    }
    return h.build();
  }

  private Optional<HTTPPathModifierBuilder> pathModifier() {
    if (replacePrefix().isPresent()) {
      return Optional.of(
          new HTTPPathModifierBuilder()
              .withType("ReplacePrefixMatch")
              .withReplacePrefixMatch(replacePrefix().get()));
    }
    return replacePath()
        .map(p -> new HTTPPathModifierBuilder().withType("ReplaceFullPath").withReplaceFullPath(p));
  }

  /** Builds a {@link RouteFilter}. */
  public static class Builder extends ImmutableRouteFilter.Builder {}
}
