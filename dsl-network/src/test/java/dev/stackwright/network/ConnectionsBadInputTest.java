package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class ConnectionsBadInputTest {
  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload api = TestWorkload.http("api");

  private Stack stack(Connections c) {
    return Stacks.builder(web, api, c).build();
  }

  private static Connections.Builder connections() {
    return Connections.builder().name("shop");
  }

  @Test
  void connectionNamingAWorkloadOutsideTheStackIsAnError() {
    TestWorkload ghost = TestWorkload.http("ghost");

    assertThat(stack(connections().allow(web, ghost, "http").build()))
        .hasError(NetworkRules.UNKNOWN_COMPONENT, "connections shop / connections[0] / to");
  }

  @Test
  void connectionToAServiceOutsideTheStackIsAnError() {
    Service ghost = Service.builder(api).name("ghost").build();

    assertThat(stack(connections().allowToService(web, ghost, "http").build()))
        .hasError(NetworkRules.UNKNOWN_COMPONENT, "connections shop / connections[0] / to");
  }

  @Test
  void portTheDestinationDoesNotDeclareIsAnError() {
    assertThat(stack(connections().allow(web, api, "grpc").build()))
        .hasError(NetworkRules.UNKNOWN_CONNECTION_PORT, "connections shop / connections[0] / port");
  }

  @Test
  void namedPortToAnAddressRangeIsAnError() {
    Connections c = connections().allow(Peer.of(web), Peer.cidr("203.0.113.0/24"), "https").build();

    assertThat(stack(c))
        .hasError(NetworkRules.UNKNOWN_CONNECTION_PORT, "connections shop / connections[0] / port");
  }

  @Test
  void invalidCidrsAreErrors() {
    Connections c =
        connections()
            .allowFromCidr(Cidr.of("10.0.0.0/40"), api, "http")
            .allowFromCidr(Cidr.of("10.0.0.1/8"), api, "http")
            .allowFromCidr(Cidr.of("10.0.0.0/8", "192.168.0.0/16"), api, "http")
            .allowToCidr(web, Cidr.of("not-a-cidr"), 443)
            .build();

    assertThat(stack(c))
        .hasError(NetworkRules.INVALID_CIDR, "connections[0] / from.cidr")
        .hasError(NetworkRules.INVALID_CIDR, "connections[1] / from.cidr")
        .hasError(NetworkRules.INVALID_CIDR, "connections[2] / from.cidr.except[0]")
        .hasError(NetworkRules.INVALID_CIDR, "connections[3] / to.cidr");
  }

  @Test
  void ipv6RangesAreAccepted() {
    assertThat(
            stack(
                connections()
                    .allowFromCidr(Cidr.of("fd00::/8", "fd00:1::/32"), api, "http")
                    .build()))
        .isOk();
  }

  @Test
  void connectionWithoutPodsOnEitherEndIsAnError() {
    Connections c =
        connections().allow(Peer.namespace("monitoring"), Peer.cidr("10.0.0.0/8"), "80").build();

    assertThat(stack(c))
        .hasError(NetworkRules.CONNECTION_WITHOUT_PODS, "connections shop / connections[0]");
  }

  @Test
  void twoConnectionSetsForOneNamespaceAreAnError() {
    Connections first = connections().allow(web, api, "http").build();
    Connections second = Connections.builder().name("other").allow(api, web, "http").build();

    assertThat(Stacks.builder(web, api, first, second).build())
        .hasError(NetworkRules.CONNECTIONS_OVERLAP, "connections other");
  }
}
