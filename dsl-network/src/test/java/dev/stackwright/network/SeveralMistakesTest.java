package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class SeveralMistakesTest {

  @Test
  void everyMistakeOfTheNetworkLayerIsReportedTogether() {
    TestWorkload web = TestWorkload.http("web");
    TestWorkload ghost = TestWorkload.http("ghost");
    Service webService = Service.builder(web).addPort(ExposedPort.of(80, "grpc")).build();
    Service orphan =
        Service.builder()
            .name("orphan")
            .putSelector("app", "nobody")
            .addPort(ExposedPort.of(80, 8080))
            .build();
    HttpRoutes routes =
        HttpRoutes.builder()
            .name("shop")
            .addRoute(Route.of("shop.example.com", "/", webService, "https"))
            .addRoute(Route.of("shop.example.com", "/", webService, "grpc"))
            .addRoute(Route.to(Service.of(ghost), "http"))
            .addTls(Tls.of("shop-tls"))
            .build();
    Connections connections =
        Connections.builder()
            .name("shop")
            .allow(ghost, web, "http")
            .allowFromCidr(Cidr.of("10.0.0.0/99"), web, "http")
            .build();

    assertThat(Stacks.builder(web, webService, orphan, routes, connections).build())
        .isNotOk()
        .hasError(NetworkRules.UNKNOWN_TARGET_PORT, "service web / ports[0].target")
        .hasError(NetworkRules.SELECTOR_MATCHES_NOTHING, "service orphan / selector")
        .hasError(NetworkRules.UNKNOWN_SERVICE_PORT, "routes shop / routes[0] / backends[0].port")
        .hasError(NetworkRules.DUPLICATE_ROUTE, "routes shop / routes[1]")
        .hasError(NetworkRules.UNKNOWN_SERVICE, "routes shop / routes[2] / backends[0].service")
        .hasError(NetworkRules.TLS_WITHOUT_HOSTS, "routes shop / tls[0].hosts")
        .hasError(NetworkRules.UNKNOWN_COMPONENT, "connections shop / connections[0] / from")
        .hasError(NetworkRules.INVALID_CIDR, "connections shop / connections[1] / from.cidr");
  }
}
