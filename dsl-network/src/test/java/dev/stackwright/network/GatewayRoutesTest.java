package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

class GatewayRoutesTest {
  private final TestWorkload webPods = TestWorkload.http("web");
  private final TestWorkload canaryPods = TestWorkload.http("web-canary");
  private final Service web = Service.builder(webPods).addPort(ExposedPort.of(80, "http")).build();
  private final Service canary =
      Service.builder(canaryPods).addPort(ExposedPort.of(80, "http")).build();

  private final HttpRoutes routes =
      HttpRoutes.builder()
          .name("shop")
          .target(RoutingTarget.GATEWAY_API)
          .gatewayClassName("istio")
          .addRoute(
              Route.builder()
                  .host("shop.example.com")
                  .path("/")
                  .addBackend(Backend.weighted(web, "http", 90))
                  .addBackend(Backend.weighted(canary, "http", 10))
                  .addFilter(RouteFilter.setRequestHeader("x-env", "prod"))
                  .build())
          .addRoute(
              Route.builder()
                  .host("shop.example.com")
                  .path("/beta")
                  .addHeader(HeaderMatch.exact("x-canary", "true"))
                  .addBackend(Backend.of(canary, "http"))
                  .addFilter(RouteFilter.rewritePrefix("/"))
                  .build())
          .addRoute(Route.of("admin.example.com", "/", web, "80"))
          .addTls(Tls.of("shop-tls", "shop.example.com"))
          .build();

  private Stack stack(HttpRoutes r) {
    return Stacks.shop(webPods, canaryPods, web, canary, r);
  }

  private SynthResult result() {
    return Synthesizer.synthesize(stack(routes)).orThrow();
  }

  @Test
  void gatewayHasHttpListenerAndHttpsListenerPerTlsHost() {
    Gateway gateway = result().find(Gateway.class, "shop", "shop").orElseThrow();

    assertThat(gateway.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(gateway.getSpec().getGatewayClassName()).isEqualTo("istio");
    assertThat(gateway.getSpec().getListeners())
        .extracting(
            Listener::getName, Listener::getProtocol, Listener::getPort, Listener::getHostname)
        .containsExactly(
            tuple("http", "HTTP", 80, null),
            tuple("https-shop-example-com", "HTTPS", 443, "shop.example.com"));
    Listener https = gateway.getSpec().getListeners().get(1);
    assertThat(https.getTls().getMode()).isEqualTo("Terminate");
    assertThat(https.getTls().getCertificateRefs())
        .singleElement()
        .satisfies(ref -> assertThat(ref.getName()).isEqualTo("shop-tls"));
  }

  @Test
  void eachHostGetsAnHttpRouteAttachedToTheGateway() {
    assertThat(result().all(HTTPRoute.class))
        .extracting(r -> r.getMetadata().getName(), r -> r.getSpec().getHostnames())
        .containsExactlyInAnyOrder(
            tuple("shop-shop-example-com", java.util.List.of("shop.example.com")),
            tuple("shop-admin-example-com", java.util.List.of("admin.example.com")));
    assertThat(result().all(HTTPRoute.class))
        .allSatisfy(
            r ->
                assertThat(r.getSpec().getParentRefs())
                    .singleElement()
                    .satisfies(p -> assertThat(p.getName()).isEqualTo("shop")));
  }

  @Test
  void httpRouteRulesCarryMatchesWeightsAndFilters() {
    HTTPRoute route = result().find(HTTPRoute.class, "shop", "shop-shop-example-com").orElseThrow();
    HTTPRouteRule split = route.getSpec().getRules().get(0);
    HTTPRouteRule beta = route.getSpec().getRules().get(1);

    assertThat(split.getMatches().get(0).getPath().getType()).isEqualTo("PathPrefix");
    assertThat(split.getBackendRefs())
        .extracting(HTTPBackendRef::getName, HTTPBackendRef::getPort, HTTPBackendRef::getWeight)
        .containsExactly(tuple("web", 80, 90), tuple("web-canary", 80, 10));
    assertThat(split.getFilters().get(0).getType()).isEqualTo("RequestHeaderModifier");
    assertThat(split.getFilters().get(0).getRequestHeaderModifier().getSet().get(0).getName())
        .isEqualTo("x-env");
    assertThat(beta.getMatches().get(0).getHeaders())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.getName()).isEqualTo("x-canary");
              assertThat(h.getType()).isEqualTo("Exact");
            });
    assertThat(beta.getFilters().get(0).getUrlRewrite().getPath().getReplacePrefixMatch())
        .isEqualTo("/");
  }

  @Test
  void routesAttachToAnExistingGatewayWithoutSynthesizingOne() {
    HttpRoutes shared =
        HttpRoutes.builder()
            .name("shop")
            .target(RoutingTarget.GATEWAY_API)
            .gateway(
                GatewayRef.builder().name("public").namespace("infra").sectionName("https").build())
            .addRoute(Route.of("shop.example.com", "/", web, "http"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack(shared)).orThrow();

    assertThat(result.all(Gateway.class)).isEmpty();
    assertThat(
            result
                .find(HTTPRoute.class, "shop", "shop")
                .orElseThrow()
                .getSpec()
                .getParentRefs()
                .get(0))
        .satisfies(
            p -> {
              assertThat(p.getName()).isEqualTo("public");
              assertThat(p.getNamespace()).isEqualTo("infra");
              assertThat(p.getSectionName()).isEqualTo("https");
            });
  }

  @Test
  void sameRoutesRenderForEitherTarget() {
    HttpRoutes simple =
        HttpRoutes.builder()
            .name("shop")
            .addRoute(Route.of("shop.example.com", "/", web, "http"))
            .build();
    HttpRoutes onGateway =
        HttpRoutes.builder()
            .from(simple)
            .target(RoutingTarget.GATEWAY_API)
            .gatewayClassName("istio")
            .build();

    assertThat(stack(simple))
        .object(Ingress.class, "shop")
        .satisfies(
            ingress -> {
              var rule = ingress.getSpec().getRules().get(0);
              assertThat(rule.getHost()).isEqualTo("shop.example.com");
              var path = rule.getHttp().getPaths().get(0);
              assertThat(path.getPath()).isEqualTo("/");
              assertThat(path.getBackend().getService().getName()).isEqualTo("web");
              assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            });
    assertThat(stack(onGateway))
        .object(HTTPRoute.class, "shop")
        .satisfies(
            route -> {
              assertThat(route.getSpec().getHostnames()).containsExactly("shop.example.com");
              HTTPRouteRule rule = route.getSpec().getRules().get(0);
              assertThat(rule.getMatches().get(0).getPath().getValue()).isEqualTo("/");
              assertThat(rule.getBackendRefs())
                  .extracting(HTTPBackendRef::getName, HTTPBackendRef::getPort)
                  .containsExactly(tuple("web", 80));
            });
  }

  @Test
  void redirectFilterNeedsNoBackend() {
    HttpRoutes redirect =
        HttpRoutes.builder()
            .name("shop")
            .target(RoutingTarget.GATEWAY_API)
            .gatewayClassName("istio")
            .addRoute(
                Route.builder()
                    .host("shop.example.com")
                    .addFilter(RouteFilter.redirectToHttps())
                    .build())
            .build();

    assertThat(stack(redirect))
        .object(HTTPRoute.class, "shop")
        .satisfies(
            r ->
                assertThat(
                        r.getSpec()
                            .getRules()
                            .get(0)
                            .getFilters()
                            .get(0)
                            .getRequestRedirect()
                            .getStatusCode())
                    .isEqualTo(301));
  }
}
