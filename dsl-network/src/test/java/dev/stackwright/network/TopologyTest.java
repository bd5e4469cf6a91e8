package dev.stackwright.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class TopologyTest {

  @Test
  void aServiceIsAServiceEndpointOfItsWorkload() {
    TestWorkload api = TestWorkload.http("api");
    Service service = Service.builder(api).addPort(ExposedPort.of(80, "http")).build();

    assertThat(service.backend()).contains(api);
    assertThat(service.servicePorts()).containsExactly(NamedPort.of("http", 80));
  }

  @Test
  void routesAndConnectionsDrawArrowsInTheStackDiagram() {
    TestWorkload web = TestWorkload.http("web");
    TestWorkload api = TestWorkload.http("api");
    Service webService = Service.builder(web).addPort(ExposedPort.of(80, "http")).build();
    HttpRoutes routes =
        HttpRoutes.builder()
            .name("public")
            .ingressClassName("nginx")
            .addRoute(Route.of("shop.example.com", "/", webService, "http"))
            .build();
    Connections traffic = Connections.builder().name("shop").allow(web, api, "http").build();

    SynthResult result = Synthesizer.synthesize(Stacks.shop(web, api, webService, routes, traffic));

    assertThat(Diagram.mermaid(result))
        .contains("routes_shop_public -- \"shop.example.com/\" --> service_shop_web")
        .contains("workload_shop_web -- \"allow http\" --> workload_shop_api");
  }
}
