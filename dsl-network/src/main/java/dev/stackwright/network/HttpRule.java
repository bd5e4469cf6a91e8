package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An HTTP request a {@link Connection} allows (a layer 7 rule): a method, a path, or both. A
 * connection with HTTP rules allows only the requests some rule matches. Plain Kubernetes
 * NetworkPolicy cannot say this; render the connections for Cilium or Calico.
 *
 * <pre>{@code
 * Connections.builder().allowHttp(web, api, "http", HttpRule.of("GET", "/products"), HttpRule.method("POST"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class HttpRule {
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE");

  /** The request method ({@code GET}, {@code POST}...); any method when absent. */
  public abstract Optional<String> method();

  /** The request path, starting with {@code /}; any path when absent. */
  public abstract Optional<String> path();

  /** Whether {@link #path()} is a prefix (the default) rather than the exact path. */
  @Value.Default
  public boolean pathIsPrefix() {
    return true;
  }

  /** Requests with {@code method} to {@code pathPrefix} and below. */
  public static HttpRule of(String method, String pathPrefix) {
    return ImmutableHttpRule.builder().method(method).path(pathPrefix).build();
  }

  /** Requests with {@code method} to exactly {@code path}. */
  public static HttpRule exact(String method, String path) {
    return ImmutableHttpRule.builder().method(method).path(path).pathIsPrefix(false).build();
  }

  /** Requests with {@code method} to any path. */
  public static HttpRule method(String method) {
    return ImmutableHttpRule.builder().method(method).build();
  }

  /** Requests of any method to {@code pathPrefix} and below. */
  public static HttpRule pathPrefix(String pathPrefix) {
    return ImmutableHttpRule.builder().path(pathPrefix).build();
  }

  /** Reports what the API server or the CNI would refuse; true when the rule is well formed. */
  boolean validate(Checks checks) {
    boolean ok = true;
    if (method().isEmpty() && path().isEmpty()) {
      checks.error(
          NetworkRules.INVALID_HTTP_RULE,
          "",
          "an HTTP rule names a method, a path or both; use HttpRule.of(\"GET\", \"/\")");
      ok = false;
    }
    if (method().isPresent() && !METHODS.contains(method().get())) {
      checks.error(
          NetworkRules.INVALID_HTTP_RULE,
          "method",
          "expected one of %s, was \"%s\"",
          METHODS.stream().sorted().toList(),
          method().get());
      ok = false;
    }
    if (path().isPresent() && !path().get().startsWith("/")) {
      checks.error(
          NetworkRules.INVALID_HTTP_RULE,
          "path",
          "expected a path starting with /, was \"%s\"",
          path().get());
      ok = false;
    }
    return ok;
  }

  /** The path as a Cilium (RE2) regular expression matched against the whole path. */
  Optional<String> pathRegex() {
    return path().map(p -> quote(p) + (pathIsPrefix() ? ".*" : ""));
  }

  private static String quote(String path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
