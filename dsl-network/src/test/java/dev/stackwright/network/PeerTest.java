package dev.stackwright.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A peer is exactly one case of the sealed {@link Peer}, the shared ones being core's. */
class PeerTest {
  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload api = TestWorkload.http("api");

  @Test
  void eachFactoryGivesItsCase() {
    Service service = Service.of(api);

    assertThat(Peer.of(web)).isEqualTo(new Peer.Common(new NetworkPeer.Pods(web)));
    assertThat(Peer.service(service)).isEqualTo(new Peer.BehindService(service));
    assertThat(Peer.namespace("monitoring"))
        .isEqualTo(new Peer.Common(new NetworkPeer.WholeNamespace("monitoring")));
    assertThat(Peer.selected("router", "edge", Map.of("app", "nginx")))
        .isEqualTo(
            new Peer.Common(new NetworkPeer.Selection("router", "edge", Map.of("app", "nginx"))));
    assertThat(Peer.cidr("10.0.0.0/8", "10.1.0.0/16"))
        .isEqualTo(new Peer.Addresses(Cidr.of("10.0.0.0/8", "10.1.0.0/16")));
    assertThat(Peer.dnsName("api.stripe.com")).isEqualTo(new Peer.DnsName("api.stripe.com"));
    assertThat(Peer.apiServer()).isEqualTo(new Peer.Common(new NetworkPeer.ApiServer()));
    assertThat(Peer.anywhere()).isEqualTo(new Peer.Common(new NetworkPeer.Anywhere()));
  }

  @Test
  void coreFactoriesGiveTheirCaseAndPeerOfWrapsThem() {
    assertThat(NetworkPeer.pods(web)).isInstanceOf(NetworkPeer.Pods.class);
    assertThat(NetworkPeer.selected("r", "edge", Map.of()))
        .isInstanceOf(NetworkPeer.Selection.class);
    assertThat(NetworkPeer.namespace("edge")).isInstanceOf(NetworkPeer.WholeNamespace.class);
    assertThat(NetworkPeer.apiServer()).isInstanceOf(NetworkPeer.ApiServer.class);
    assertThat(NetworkPeer.anywhere()).isInstanceOf(NetworkPeer.Anywhere.class);
    assertThat(Peer.of(NetworkPeer.apiServer())).isEqualTo(Peer.apiServer());
  }

  @Test
  void eachCaseDescribesItselfInMessages() {
    assertThat(Peer.of(web).describe()).isEqualTo("workload web");
    assertThat(Peer.service(Service.of(api)).describe()).isEqualTo("service api");
    assertThat(Peer.namespace("monitoring").describe()).isEqualTo("namespace monitoring");
    assertThat(Peer.selected("router", "edge", Map.of()).describe())
        .isEqualTo("pods router in namespace edge");
    assertThat(Peer.cidr("10.0.0.0/8").describe()).isEqualTo("10.0.0.0/8");
    assertThat(Peer.dnsName("api.stripe.com").describe()).isEqualTo("DNS name api.stripe.com");
    assertThat(Peer.apiServer().describe()).isEqualTo("the API server");
    assertThat(Peer.anywhere().describe()).isEqualTo("anywhere");
  }

  @Test
  void selectionKeepsItsLabelsInTheOrderGivenAndCannotBeChanged() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("b", "2");
    labels.put("a", "1");
    NetworkPeer.Selection selection = new NetworkPeer.Selection("r", "edge", labels);
    labels.put("c", "3");

    assertThat(selection.podLabels()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
  }

  @Test
  void aCaseWithoutItsValueFailsAtOnceNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> Peer.dnsName(null)).withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> NetworkPeer.namespace(null))
        .withMessage("namespace");
  }

  @Test
  void aSelectedPeerIsAllowedInByItsNamespaceAndLabels() {
    SynthResult r =
        synth(
            Connections.builder()
                .name("shop")
                .allow(
                    Peer.selected("router", "edge", Map.of("app", "nginx")), Peer.of(api), "http")
                .build());

    NetworkPolicyPeer from = policy(r, "api").getSpec().getIngress().get(0).getFrom().get(0);
    assertThat(from.getNamespaceSelector().getMatchLabels())
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "edge"));
    assertThat(from.getPodSelector().getMatchLabels()).isEqualTo(Map.of("app", "nginx"));
  }

  @Test
  void aServicePeerAllowsItsPodsOnTheTargetPortOfTheServicePort() {
    Service service = Service.builder(api).addPort(ExposedPort.of(80, "http")).build();
    SynthResult r =
        synth(
            Connections.builder().name("shop").allowToService(web, service, "80").build(), service);

    assertThat(policy(r, "api").getSpec().getIngress().get(0).getPorts().get(0).getPort())
        .isEqualTo(new IntOrString(8080));
    assertThat(
            policy(r, "web")
                .getSpec()
                .getEgress()
                .get(0)
                .getTo()
                .get(0)
                .getPodSelector()
                .getMatchLabels())
        .isEqualTo(api.selectorLabels());
  }

  private SynthResult synth(Connections c, dev.stackwright.core.Component... more) {
    return Synthesizer.synthesize(Stacks.builder(web, api).add(more).add(c).build()).orThrow();
  }

  private static NetworkPolicy policy(SynthResult r, String name) {
    return r.find(NetworkPolicy.class, "shop", name).orElseThrow();
  }
}
