package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Stack;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class RouteBadInputTest {
  private final TestWorkload webPods = TestWorkload.http("web");
  private final Service web = Service.builder(webPods).addPort(ExposedPort.of(80, "http")).build();

  private Stack stack(Component... routes) {
    return Stacks.builder(webPods, web).add(routes).build();
  }

  private static HttpRoutes.Builder routes(String name) {
    return HttpRoutes.builder().name(name);
  }

  @Test
  void routeToAServiceOutsideTheStackIsAnError() {
    Service ghost = Service.of(TestWorkload.http("ghost"));

    assertThat(stack(routes("shop").addRoute(Route.to(ghost, "http")).build()))
        .hasError(NetworkRules.UNKNOWN_SERVICE, "routes shop / routes[0] / backends[0].service");
  }

  @Test
  void routeToAPortTheServiceLacksIsAnError() {
    assertThat(stack(routes("shop").addRoute(Route.to(web, "grpc")).build()))
        .hasError(NetworkRules.UNKNOWN_SERVICE_PORT, "routes shop / routes[0] / backends[0].port");
  }

  @Test
  void twoRoutesClaimingTheSameHostAndPathAreAnError() {
    HttpRoutes r =
        routes("shop")
            .addRoute(Route.of("shop.example.com", "/", web, "http"))
            .addRoute(Route.of("shop.example.com", "/", web, "80"))
            .build();

    assertThat(stack(r)).hasError(NetworkRules.DUPLICATE_ROUTE, "routes shop / routes[1]");
  }

  @Test
  void routesOfTwoComponentsClaimingTheSameHostAndPathAreAnError() {
    HttpRoutes first =
        routes("shop").addRoute(Route.of("shop.example.com", "/", web, "http")).build();
    HttpRoutes second =
        routes("promo").addRoute(Route.of("shop.example.com", "/", web, "http")).build();

    assertThat(stack(first, second))
        .hasError(NetworkRules.DUPLICATE_ROUTE, "routes promo / routes[0]")
        .diagnostics()
        .filteredOn(d -> d.rule().equals(NetworkRules.DUPLICATE_ROUTE))
        .hasSize(1);
  }

  @Test
  void sameHostAndPathOnDifferentIngressClassesIsAllowed() {
    HttpRoutes first =
        routes("shop")
            .ingressClassName("public")
            .addRoute(Route.of("shop.example.com", "/", web, "http"))
            .build();
    HttpRoutes second =
        routes("internal")
            .ingressClassName("internal")
            .addRoute(Route.of("shop.example.com", "/", web, "http"))
            .build();

    assertThat(stack(first, second)).isOk();
  }

  @Test
  void tlsWithoutHostsIsAnError() {
    HttpRoutes r =
        routes("shop").addRoute(Route.to(web, "http")).addTls(Tls.of("shop-tls")).build();

    assertThat(stack(r)).hasError(NetworkRules.TLS_WITHOUT_HOSTS, "routes shop / tls[0].hosts");
  }

  @Test
  void hostsMustBeDnsNames() {
    HttpRoutes r =
        routes("shop")
            .addRoute(Route.of("Shop_Example.com", "/", web, "http"))
            .addRoute(Route.of("10.0.0.1", "/", web, "http"))
            .addRoute(Route.of("*.example.com", "/", web, "http"))
            .addTls(Tls.of("shop-tls", "shop.*.com"))
            .build();

    assertThat(stack(r))
        .hasError(NetworkRules.INVALID_HOST, "routes shop / routes[0] / host")
        .hasError(NetworkRules.INVALID_HOST, "routes shop / routes[1] / host")
        .hasError(NetworkRules.INVALID_HOST, "routes shop / tls[0].hosts[0]")
        .diagnostics()
        .noneMatch(d -> d.path().contains("routes[2]"));
  }

  @Test
  void pathsMustStartWithASlash() {
    assertThat(
            stack(
                routes("shop").addRoute(Route.of("shop.example.com", "api", web, "http")).build()))
        .hasError(NetworkRules.INVALID_MATCH, "routes shop / routes[0] / path");
  }

  @Test
  void ingressCannotExpressHeaderMatchesFiltersOrTrafficSplits() {
    HttpRoutes r =
        routes("shop")
            .addRoute(
                Route.builder()
                    .path("/")
                    .addHeader(HeaderMatch.exact("x-canary", "true"))
                    .addFilter(RouteFilter.setRequestHeader("x-env", "prod"))
                    .addBackend(Backend.weighted(web, "http", 50))
                    .addBackend(Backend.weighted(web, "80", 50))
                    .build())
            .build();

    assertThat(stack(r))
        .hasError(NetworkRules.UNSUPPORTED_BY_TARGET, "routes[0] / headers")
        .hasError(NetworkRules.UNSUPPORTED_BY_TARGET, "routes[0] / filters")
        .hasError(NetworkRules.UNSUPPORTED_BY_TARGET, "routes[0] / backends")
        .hasError(NetworkRules.UNSUPPORTED_BY_TARGET, "routes[0] / backends[0].weight");
  }

  @Test
  void gatewayApiRoutesNeedAGateway() {
    HttpRoutes r =
        routes("shop").target(RoutingTarget.GATEWAY_API).addRoute(Route.to(web, "http")).build();

    assertThat(stack(r)).hasError(NetworkRules.MISSING_GATEWAY, "routes shop / gatewayClassName");
  }

  @Test
  void routeWithoutBackendIsAnError() {
    assertThat(
            stack(
                routes("shop").addRoute(Route.builder().host("shop.example.com").build()).build()))
        .hasError(NetworkRules.INVALID_BACKEND, "routes shop / routes[0] / backends");
  }

  @Test
  void badRedirectIsAnError() {
    HttpRoutes r =
        routes("shop")
            .target(RoutingTarget.GATEWAY_API)
            .gatewayClassName("istio")
            .addRoute(
                Route.builder()
                    .addFilter(
                        RouteFilter.builder()
                            .type(RouteFilter.Type.REDIRECT)
                            .statusCode(200)
                            .scheme("ftp")
                            .build())
                    .build())
            .build();

    assertThat(stack(r))
        .hasError(NetworkRules.INVALID_FILTER, "routes[0] / filters[0].statusCode")
        .hasError(NetworkRules.INVALID_FILTER, "routes[0] / filters[0].scheme");
  }

  @Test
  void sameHostInTwoTlsEntriesIsAnError() {
    HttpRoutes r =
        routes("shop")
            .addRoute(Route.to(web, "http"))
            .addTls(Tls.of("a-tls", "shop.example.com"))
            .addTls(Tls.of("b-tls", "shop.example.com"))
            .build();

    assertThat(stack(r)).hasError(NetworkRules.DUPLICATE_TLS_HOST, "routes shop / tls[1].hosts[0]");
  }

  @Test
  void routeToAServiceOfAnotherNamespaceIsAnError() {
    TestWorkload otherPods = TestWorkload.http("other").withNamespace("payments");
    Service other = Service.of(otherPods);
    HttpRoutes r = routes("shop").addRoute(Route.to(other, "http")).build();

    assertThat(
            Stacks.builder(webPods, web, otherPods, other, r)
                .addNamespace(dev.stackwright.core.Namespace.of("payments"))
                .build())
        .hasError(NetworkRules.NAMESPACE_MISMATCH, "routes shop / routes[0] / backends[0].service");
  }

  @Test
  void gatewayApiCannotExpressImplementationSpecificPathsAndWeightsAreBounded() {
    HttpRoutes r =
        routes("shop")
            .target(RoutingTarget.GATEWAY_API)
            .gatewayClassName("istio")
            .addRoute(
                Route.builder()
                    .pathType(PathType.IMPLEMENTATION_SPECIFIC)
                    .addBackend(Backend.weighted(web, "http", 2_000_000))
                    .build())
            .build();

    assertThat(stack(r))
        .hasError(NetworkRules.UNSUPPORTED_BY_TARGET, "routes[0] / pathType")
        .hasError(NetworkRules.INVALID_BACKEND, "routes[0] / backends[0].weight");
  }
}
