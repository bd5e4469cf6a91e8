package dev.stackwright.network;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules an {@link HttpRoutes} description must meet, reported together with their paths. */
final class RouteChecks {
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
  private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);

  private RouteChecks() {}

  static void validate(HttpRoutes r, SynthContext context, Checks checks) {
    checks.label("name", r.name());
    target(r, checks);
    if (r.routes().isEmpty()) {
      checks.error(NetworkRules.INVALID_BACKEND, "routes", "no routes: add at least one Route");
    }
    ComponentId self = context.idOf(r);
    RouteClaims claims = RouteClaims.of(context);
    for (int i = 0; i < r.routes().size(); i++) {
      Route route = r.routes().get(i);
      Checks at = checks.in("routes[" + i + "]");
      route(r, route, context, at);
      RouteClaims.Claim first = claims.firstClaim(context, r, route);
      if (first != null && !(first.owner().equals(self) && first.index() == i)) {
        at.error(
            NetworkRules.DUPLICATE_ROUTE,
            "",
            "host %s and path %s are already claimed by %sroutes[%d]; two routes may not serve"
                + " the same host and path",
            route.host().orElse("(any)"),
            route.path(),
            first.owner().equals(self) ? "" : first.owner() + " ",
            first.index());
      }
    }
    Map<String, Integer> tlsHosts = new HashMap<>();
    for (int i = 0; i < r.tls().size(); i++) {
      Tls tls = r.tls().get(i);
      String field = "tls[" + i + "]";
      checks.subdomain(field + ".secretName", tls.secretName());
      certificate(r, tls, context, checks, field);
      if (tls.hosts().isEmpty()) {
        checks.error(
            NetworkRules.TLS_WITHOUT_HOSTS,
            field + ".hosts",
            "TLS with secret %s names no hosts; list the hosts its certificate covers",
            tls.secretName());
      }
      for (int h = 0; h < tls.hosts().size(); h++) {
        String host = tls.hosts().get(h);
        host(checks, field + ".hosts[" + h + "]", host);
        Integer other = tlsHosts.putIfAbsent(host, i);
        if (other != null && other != i) {
          checks.error(
              NetworkRules.DUPLICATE_TLS_HOST,
              field + ".hosts[" + h + "]",
              "host %s already has TLS from tls[%d]; one certificate per host",
              host,
              other);
        }
      }
    }
  }

  /** A TLS Secret that a certificate should make has one, in the routes' namespace. */
  private static void certificate(
      HttpRoutes r, Tls tls, SynthContext context, Checks checks, String field) {
    String ns = context.namespaceOf(r);
    if (tls.certificate().isPresent()) {
      String certNs = context.namespaceOf(tls.certificate().get());
      checks.require(
          certNs.equals(ns),
          NetworkRules.TLS_WITHOUT_CERTIFICATE,
          field + ".certificate",
          "certificate %s writes its Secret into namespace %s, but the routes in %s can only read"
              + " Secrets of their own namespace; issue the certificate in %s",
          tls.certificate().get().name(),
          certNs,
          ns,
          ns);
      return;
    }
    if (tls.existingSecret()) {
      return;
    }
    boolean issued = IssuedSecrets.of(context).issues(ns, tls.secretName());
    checks.require(
        issued,
        NetworkRules.TLS_WITHOUT_CERTIFICATE,
        field + ".secretName",
        "no certificate of the stack writes Secret %s in namespace %s, and it is not stated to"
            + " exist; add a certificate for %s, or use Tls.of(\"%s\", ...) for an existing"
            + " Secret",
        tls.secretName(),
        ns,
        String.join(", ", tls.hosts()),
        tls.secretName());
  }

  private static void target(HttpRoutes r, Checks checks) {
    if (r.target() == RoutingTarget.INGRESS) {
      unsupported(checks, r.gatewayClassName().isPresent(), "gatewayClassName", "an Ingress");
      unsupported(checks, r.gateway().isPresent(), "gateway", "an Ingress");
      return;
    }
    unsupported(checks, r.ingressClassName().isPresent(), "ingressClassName", "the Gateway API");
    if (r.gateway().isEmpty() && r.gatewayClassName().isEmpty()) {
      checks.error(
          NetworkRules.MISSING_GATEWAY,
          "gatewayClassName",
          "Gateway API routes need a gateway: set gatewayClassName to synthesize one, or gateway"
              + " to attach to an existing one");
    }
    if (r.gateway().isPresent() && r.gatewayClassName().isPresent()) {
      checks.error(
          NetworkRules.MISSING_GATEWAY,
          "gatewayClassName",
          "set either gatewayClassName (a new Gateway) or gateway (an existing one), not both");
    }
  }

  private static void route(HttpRoutes r, Route route, SynthContext context, Checks at) {
    boolean ingress = r.target() == RoutingTarget.INGRESS;
    route.host().ifPresent(h -> host(at, "host", h));
    if (!route.path().startsWith("/")) {
      at.error(NetworkRules.INVALID_MATCH, "path", "must start with '/', was \"%s\"", route.path());
    }
    unsupported(at, ingress && !route.headers().isEmpty(), "headers", "an Ingress");
    unsupported(at, ingress && !route.filters().isEmpty(), "filters", "an Ingress");
    unsupported(at, ingress && route.backends().size() > 1, "backends", "an Ingress");
    unsupported(
        at,
        !ingress && route.pathType() == PathType.IMPLEMENTATION_SPECIFIC,
        "pathType",
        "the Gateway API");
    for (int h = 0; h < route.headers().size(); h++) {
      HeaderMatch m = route.headers().get(h);
      if (!HEADER_NAME.matcher(m.name()).matches()) {
        at.error(
            NetworkRules.INVALID_MATCH,
            "headers[" + h + "].name",
            "expected an HTTP header name such as x-canary, was \"%s\"",
            m.name());
      }
    }
    boolean redirects =
        route.filters().stream().anyMatch(f -> f.type() == RouteFilter.Type.REDIRECT);
    if (route.backends().isEmpty() && !redirects) {
      at.error(
          NetworkRules.INVALID_BACKEND,
          "backends",
          "the route sends requests nowhere: add a backend (or a redirect filter)");
    }
    for (int b = 0; b < route.backends().size(); b++) {
      backend(r, route.backends().get(b), context, at, "backends[" + b + "]", ingress);
    }
    for (int f = 0; f < route.filters().size(); f++) {
      filter(route.filters().get(f), at, "filters[" + f + "]");
    }
  }

  private static void backend(
      HttpRoutes r, Backend b, SynthContext context, Checks at, String field, boolean ingress) {
    unsupported(at, ingress && b.weight().isPresent(), field + ".weight", "an Ingress");
    b.weight()
        .filter(w -> w < 0 || w > 1_000_000)
        .ifPresent(
            w ->
                at.error(
                    NetworkRules.INVALID_BACKEND,
                    field + ".weight",
                    "must be between 0 and 1000000, was %d",
                    w));
    Optional<Service> found = inStack(b.service(), context);
    if (found.isEmpty()) {
      at.error(
          NetworkRules.UNKNOWN_SERVICE,
          field + ".service",
          "routes to %s, which is not part of the stack; add the service to the stack",
          context.idOf(b.service()));
      return;
    }
    Service s = found.get();
    if (!context.namespaceOf(s).equals(context.namespaceOf(r))) {
      at.error(
          NetworkRules.NAMESPACE_MISMATCH,
          field + ".service",
          "service %s is in namespace \"%s\", the routes in \"%s\"; routes reach services of"
              + " their own namespace",
          s.name(),
          context.namespaceOf(s),
          context.namespaceOf(r));
    }
    if (s.exposedPort(b.port()).isEmpty()) {
      at.error(
          NetworkRules.UNKNOWN_SERVICE_PORT,
          field + ".port",
          "service %s has no port \"%s\"; it exposes %s",
          s.name(),
          b.port(),
          describe(s));
    }
  }

  private static void filter(RouteFilter f, Checks at, String field) {
    boolean headers =
        f.type() == RouteFilter.Type.REQUEST_HEADERS
            || f.type() == RouteFilter.Type.RESPONSE_HEADERS;
    if (headers
        && f.setHeaders().isEmpty()
        && f.addHeaders().isEmpty()
        && f.removeHeaders().isEmpty()) {
      at.error(NetworkRules.INVALID_FILTER, field, "a header filter must change some header");
    }
    f.statusCode()
        .filter(c -> !REDIRECT_CODES.contains(c))
        .ifPresent(
            c ->
                at.error(
                    NetworkRules.INVALID_FILTER,
                    field + ".statusCode",
                    "a redirect's status code must be one of 301, 302, 303, 307 or 308, was %d",
                    c));
    f.scheme()
        .filter(s -> !s.equals("http") && !s.equals("https"))
        .ifPresent(
            s ->
                at.error(
                    NetworkRules.INVALID_FILTER,
                    field + ".scheme",
                    "expected http or https, was \"%s\"",
                    s));
    f.hostname().ifPresent(h -> host(at, field + ".hostname", h));
    for (Optional<String> path : List.of(f.replacePrefix(), f.replacePath())) {
      path.filter(p -> !p.startsWith("/"))
          .ifPresent(
              p ->
                  at.error(
                      NetworkRules.INVALID_FILTER,
                      field + ".path",
                      "a replacement path must start with '/', was \"%s\"",
                      p));
    }
  }

  private static Optional<Service> inStack(Service s, SynthContext context) {
    return context.find(context.idOf(s)).filter(Service.class::isInstance).map(Service.class::cast);
  }

  /** The service of {@code backend} as the stack has it (valid stacks only). */
  static Service resolve(Backend backend, SynthContext context) {
    return inStack(backend.service(), context).orElse(backend.service());
  }

  private static String describe(Service s) {
    if (s.exposedPorts().isEmpty()) {
      return "no ports";
    }
    StringBuilder out = new StringBuilder();
    for (ExposedPort p : s.exposedPorts()) {
      out.append(out.length() == 0 ? "" : ", ")
          .append(s.portName(p))
          .append(" (")
          .append(p.port())
          .append(')');
    }
    return out.toString();
  }

  private static void host(Checks checks, String field, String host) {
    String problem = Hosts.problem(host, true);
    if (problem != null) {
      checks.error(NetworkRules.INVALID_HOST, field, "%s", problem);
    }
  }

  private static void unsupported(Checks checks, boolean used, String field, String target) {
    if (used) {
      checks.error(
          NetworkRules.UNSUPPORTED_BY_TARGET,
          field,
          "%s cannot express this; render the routes for %s or drop it",
          target,
          target.equals("an Ingress") ? "RoutingTarget.GATEWAY_API" : "RoutingTarget.INGRESS");
    }
  }
}
