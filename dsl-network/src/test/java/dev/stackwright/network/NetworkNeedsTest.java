package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkNeedsTest {
  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload job = TestWorkload.http("job");

  /** A component of another layer that states what its pods need. */
  private record Needing(List<NetworkNeed> needs) implements Component, NetworkNeeds {
    @Override
    public String name() {
      return "needing";
    }

    @Override
    public String kind() {
      return "needing";
    }

    @Override
    public Layer layer() {
      return Layer.STORAGE;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }

    @Override
    public List<NetworkNeed> networkNeeds(SynthContext context) {
      return needs;
    }
  }

  private static NetworkPolicy policy(SynthResult r, String name) {
    return r.find(NetworkPolicy.class, "shop", name).orElseThrow();
  }

  @Test
  void apiServerNeedBecomesEgressToTheStatedAddressAndPort() {
    Connections c =
        Connections.builder()
            .name("shop")
            .addNamespaces("shop")
            .apiServer(Cidr.of("10.0.0.0/28"))
            .apiServerPort(6443)
            .build();
    Needing needing =
        new Needing(List.of(NetworkNeed.of(NetworkPeer.pods(job), NetworkPeer.apiServer())));

    SynthResult r = Synthesizer.synthesize(Stacks.builder(job, needing, c).build()).orThrow();

    NetworkPolicy p = policy(r, "job");
    assertThat(p.getSpec().getPolicyTypes()).containsExactly("Egress");
    assertThat(p.getSpec().getEgress()).hasSize(1);
    assertThat(p.getSpec().getEgress().get(0).getTo().get(0).getIpBlock().getCidr())
        .isEqualTo("10.0.0.0/28");
    assertThat(p.getSpec().getEgress().get(0).getPorts().get(0).getPort().getIntVal())
        .isEqualTo(6443);
    assertThat(policy(r, "default-deny").getSpec().getPolicyTypes())
        .containsExactly("Ingress", "Egress");
  }

  @Test
  void needsOfPodsInUnmanagedNamespacesAreNotRendered() {
    Needing needing =
        new Needing(
            List.of(NetworkNeed.of(NetworkPeer.namespace("monitoring"), NetworkPeer.pods(web))));
    SynthResult r =
        Synthesizer.synthesize(
                Stacks.builder(web, needing, Connections.builder().name("shop").build()).build())
            .orThrow();

    assertThat(r.find(NetworkPolicy.class, "shop", "web")).isEmpty();
  }

  @Test
  void istioGatewayPodsAreReachableFromAnywhereAndReachTheRoutedPods() {
    Service webService = Service.builder(web).addPort(ExposedPort.of(80, "http")).build();
    HttpRoutes routes =
        HttpRoutes.builder()
            .name("shop")
            .target(RoutingTarget.GATEWAY_API)
            .gatewayClassName("istio")
            .addRoute(Route.of("shop.example.com", "/", webService, "http"))
            .build();
    Connections c = Connections.builder().name("shop").addNamespaces("shop").build();

    SynthResult r =
        Synthesizer.synthesize(Stacks.builder(web, webService, routes, c).build()).orThrow();

    NetworkPolicy gateway = policy(r, "shop-gateway");
    assertThat(gateway.getSpec().getPodSelector().getMatchLabels())
        .isEqualTo(Map.of(HttpRoutes.GATEWAY_NAME_LABEL, "shop"));
    assertThat(gateway.getSpec().getIngress()).hasSize(1);
    assertThat(gateway.getSpec().getIngress().get(0).getFrom()).isEmpty();
    assertThat(gateway.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal())
        .isEqualTo(80);
    assertThat(
            gateway.getSpec().getEgress().get(0).getTo().get(0).getPodSelector().getMatchLabels())
        .isEqualTo(web.selectorLabels());
    assertThat(
            policy(r, "web")
                .getSpec()
                .getIngress()
                .get(0)
                .getFrom()
                .get(0)
                .getPodSelector()
                .getMatchLabels())
        .isEqualTo(Map.of(HttpRoutes.GATEWAY_NAME_LABEL, "shop"));
  }

  @Test
  void needNamingAPodSetOutsideTheStackIsAnError() {
    TestWorkload ghost = TestWorkload.http("ghost");
    Needing needing =
        new Needing(
            List.of(NetworkNeed.of(NetworkPeer.pods(web), NetworkPeer.pods(ghost), "http")));

    assertThat(Stacks.builder(web, needing, Connections.builder().name("shop").build()).build())
        .hasError(
            NetworkRules.UNKNOWN_COMPONENT, "connections shop / needing needing / needs[0] / to");
  }

  @Test
  void apiServerNeedWithoutAnAddressIsAnError() {
    Needing needing =
        new Needing(List.of(NetworkNeed.of(NetworkPeer.pods(job), NetworkPeer.apiServer())));

    assertThat(
            Stacks.builder(
                    job, needing, Connections.builder().name("shop").addNamespaces("shop").build())
                .build())
        .hasError(
            NetworkRules.UNKNOWN_API_SERVER, "connections shop / needing needing / needs[0] / to");
  }
}
