package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload api =
      TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));
  private final TestWorkload db = TestWorkload.of("db", NamedPort.of("postgres", 5432));

  private SynthResult synth(Connections c, dev.stackwright.core.Component... more) {
    return Synthesizer.synthesize(Stacks.builder(web, api, db).add(more).add(c).build()).orThrow();
  }

  private static NetworkPolicy policy(SynthResult r, String ns, String name) {
    return r.find(NetworkPolicy.class, ns, name).orElseThrow();
  }

  @Test
  void namespaceUsingConnectionsStartsFromDefaultDenyPlusDns() {
    SynthResult r = synth(Connections.builder().name("shop").allow(web, api, "http").build());

    NetworkPolicy deny = policy(r, "shop", "default-deny");
    assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
    assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(Yaml.write(deny)).contains("podSelector: {}");

    NetworkPolicy dns = policy(r, "shop", "allow-dns");
    assertThat(dns.getSpec().getPolicyTypes()).containsExactly("Egress");
    NetworkPolicyPeer kubeDns = dns.getSpec().getEgress().get(0).getTo().get(0);
    assertThat(kubeDns.getNamespaceSelector().getMatchLabels())
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "kube-system"));
    assertThat(kubeDns.getPodSelector().getMatchLabels()).isEqualTo(Map.of("k8s-app", "kube-dns"));
    assertThat(dns.getSpec().getEgress().get(0).getPorts())
        .extracting(NetworkPolicyPort::getProtocol, NetworkPolicyPort::getPort)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UDP", new IntOrString(53)),
            org.assertj.core.groups.Tuple.tuple("TCP", new IntOrString(53)));
  }

  @Test
  void connectionAllowsIngressToDestinationAndEgressFromSource() {
    SynthResult r = synth(Connections.builder().name("shop").allow(web, api, "http").build());

    NetworkPolicy apiPolicy = policy(r, "shop", "api");
    assertThat(apiPolicy.getSpec().getPodSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
    assertThat(apiPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress");
    var in = apiPolicy.getSpec().getIngress().get(0);
    assertThat(in.getFrom().get(0).getPodSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "web"));
    assertThat(in.getFrom().get(0).getNamespaceSelector()).isNull();
    assertThat(in.getPorts().get(0).getPort()).isEqualTo(new IntOrString(8080));
    assertThat(in.getPorts().get(0).getProtocol()).isEqualTo("TCP");

    NetworkPolicy webPolicy = policy(r, "shop", "web");
    assertThat(webPolicy.getSpec().getPolicyTypes()).containsExactly("Egress");
    var out = webPolicy.getSpec().getEgress().get(0);
    assertThat(out.getTo().get(0).getPodSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
    assertThat(out.getPorts().get(0).getPort()).isEqualTo(new IntOrString(8080));
  }

  @Test
  void workloadThatSendsAndReceivesGetsOnePolicyWithBothRuleKinds() {
    SynthResult r =
        synth(
            Connections.builder()
                .name("shop")
                .allow(web, api, "http")
                .allow(api, db, "postgres")
                .build());

    NetworkPolicy apiPolicy = policy(r, "shop", "api");
    assertThat(apiPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(apiPolicy.getSpec().getEgress().get(0).getPorts().get(0).getPort())
        .isEqualTo(new IntOrString(5432));
  }

  @Test
  void connectionAcrossNamespacesSelectsTheOtherNamespace() {
    TestWorkload billing = TestWorkload.http("billing").withNamespace("payments");
    SynthResult r =
        Synthesizer.synthesize(
                Stacks.builder(web, billing)
                    .addNamespace(Namespace.of("payments"))
                    .add(Connections.builder().name("shop").allow(web, billing, "http").build())
                    .build())
            .orThrow();

    NetworkPolicyPeer from =
        policy(r, "payments", "billing").getSpec().getIngress().get(0).getFrom().get(0);
    assertThat(from.getNamespaceSelector().getMatchLabels())
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "shop"));
    assertThat(from.getPodSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "web"));
    assertThat(r.find(NetworkPolicy.class, "payments", "default-deny")).isPresent();
    assertThat(r.find(NetworkPolicy.class, "shop", "default-deny")).isPresent();
  }

  @Test
  void connectionFromANamespaceAllowsOnlyIngress() {
    SynthResult r =
        synth(
            Connections.builder()
                .name("shop")
                .allowFromNamespace("monitoring", api, "metrics")
                .build());

    var in = policy(r, "shop", "api").getSpec().getIngress().get(0);
    assertThat(in.getFrom().get(0).getNamespaceSelector().getMatchLabels())
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
    assertThat(in.getFrom().get(0).getPodSelector()).isNull();
    assertThat(in.getPorts().get(0).getPort()).isEqualTo(new IntOrString(9090));
    assertThat(r.find(NetworkPolicy.class, "monitoring", "default-deny")).isEmpty();
  }

  @Test
  void cidrPeersCarryTheirExceptions() {
    SynthResult r =
        synth(
            Connections.builder()
                .name("shop")
                .allowFromCidr(Cidr.of("10.0.0.0/8", "10.1.0.0/16"), web, "http")
                .allowToCidr(api, Cidr.of("203.0.113.0/24"), 443)
                .build());

    var from = policy(r, "shop", "web").getSpec().getIngress().get(0).getFrom().get(0);
    assertThat(from.getIpBlock().getCidr()).isEqualTo("10.0.0.0/8");
    assertThat(from.getIpBlock().getExcept()).containsExactly("10.1.0.0/16");
    var to = policy(r, "shop", "api").getSpec().getEgress().get(0);
    assertThat(to.getTo().get(0).getIpBlock().getCidr()).isEqualTo("203.0.113.0/24");
    assertThat(to.getPorts().get(0).getPort()).isEqualTo(new IntOrString(443));
  }

  @Test
  void egressToAServiceReachesItsPodsOnTheTargetPort() {
    Service apiService = Service.builder(api).addPort(ExposedPort.of(80, "http")).build();
    SynthResult r =
        synth(
            Connections.builder().name("shop").allowToService(web, apiService, "80").build(),
            apiService);

    assertThat(policy(r, "shop", "web").getSpec().getEgress().get(0).getPorts().get(0).getPort())
        .isEqualTo(new IntOrString(8080));
    assertThat(
            policy(r, "shop", "api")
                .getSpec()
                .getIngress()
                .get(0)
                .getFrom()
                .get(0)
                .getPodSelector()
                .getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "web"));
  }

  @Test
  void connectionWithoutPortAllowsEveryPort() {
    SynthResult r = synth(Connections.builder().name("shop").allow(web, api).build());

    assertThat(policy(r, "shop", "api").getSpec().getIngress().get(0).getPorts()).isNullOrEmpty();
  }

  @Test
  void optingOutOfEgressControlWarnsAndKeepsOnlyIngressPolicies() {
    Connections c =
        Connections.builder().name("shop").restrictEgress(false).allow(web, api, "http").build();

    assertThat(Stacks.builder(web, api, c).build())
        .hasWarning(NetworkRules.DEFAULT_DENY_OPT_OUT, "connections shop / restrictEgress");
    SynthResult r = synth(c);
    assertThat(policy(r, "shop", "default-deny").getSpec().getPolicyTypes())
        .containsExactly("Ingress");
    assertThat(r.find(NetworkPolicy.class, "shop", "allow-dns")).isEmpty();
    assertThat(r.find(NetworkPolicy.class, "shop", "web")).isEmpty();
  }

  @Test
  void policiesAreLabelledByTheCore() {
    SynthResult r = synth(Connections.builder().name("shop").allow(web, api, "http").build());

    assertThat(policy(r, "shop", "api").getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "stackwright")
        .containsEntry("app.kubernetes.io/part-of", "shop");
  }
}
