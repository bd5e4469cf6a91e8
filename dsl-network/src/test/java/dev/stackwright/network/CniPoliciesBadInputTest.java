package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

/**
 * What an engine cannot express is an error at the connection's field, naming the engine that can.
 */
class CniPoliciesBadInputTest {
  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload api =
      TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("https", 8443));
  private final TestWorkload db = TestWorkload.of("db", NamedPort.of("postgres", 5432));

  private Stack stack(Connections c) {
    return Stacks.builder(web, api, db, c).build();
  }

  private static Connections.Builder connections(PolicyEngine engine) {
    return Connections.builder().name("shop").policyEngine(engine);
  }

  @Test
  void dnsNameEgressWithPlainNetworkPolicyNamesCilium() {
    Connections c =
        connections(PolicyEngine.KUBERNETES).allowToDnsName(api, "api.stripe.com", 443).build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
            "connections shop / connections[0] / to",
            "PolicyEngine.CILIUM");
  }

  @Test
  void dnsNameEgressWithCalicoNamesCilium() {
    Connections c =
        connections(PolicyEngine.CALICO).allowToDnsName(api, "api.stripe.com", 443).build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
            "connections shop / connections[0] / to",
            "Calico Enterprise");
  }

  @Test
  void dnsNameAsSenderIsAnError() {
    Connections c =
        connections(PolicyEngine.CILIUM)
            .allow(Peer.dnsName("partner.example.com"), Peer.of(api), "http")
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE, "connections shop / connections[0] / from");
  }

  @Test
  void malformedDnsNameIsAnError() {
    Connections c = connections(PolicyEngine.CILIUM).allowToDnsName(api, "Not A Name", 443).build();

    assertThat(stack(c))
        .hasError(NetworkRules.INVALID_HOST, "connections shop / connections[0] / to.dnsName");
  }

  @Test
  void httpRuleWithPlainNetworkPolicyNamesTheCniEngines() {
    Connections c =
        connections(PolicyEngine.KUBERNETES)
            .allowHttp(web, api, "http", HttpRule.of("GET", "/"))
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
            "connections shop / connections[0] / http",
            "PolicyEngine.CALICO");
  }

  @Test
  void httpRuleOnANonHttpPortIsAnError() {
    Connections c =
        connections(PolicyEngine.CILIUM)
            .allowHttp(api, db, "postgres", HttpRule.method("GET"))
            .allowHttp(web, api, "https", HttpRule.method("POST"))
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT, "connections shop / connections[0] / port")
        .hasError(
            NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT, "connections shop / connections[1] / port");
  }

  @Test
  void httpRuleToTlsOrOnEveryPortIsAnError() {
    Connections c =
        connections(PolicyEngine.CILIUM)
            .addConnection(
                Connection.builder()
                    .from(Peer.of(api))
                    .to(Peer.dnsName("api.stripe.com"))
                    .port("443")
                    .addHttp(HttpRule.method("GET"))
                    .build())
            .addConnection(
                Connection.builder()
                    .from(Peer.of(web))
                    .to(Peer.of(api))
                    .addHttp(HttpRule.method("GET"))
                    .build())
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT, "connections shop / connections[0] / port")
        .hasError(
            NetworkRules.HTTP_RULE_ON_NON_HTTP_PORT, "connections shop / connections[1] / port");
  }

  @Test
  void malformedHttpRulesAreErrors() {
    Connections c =
        connections(PolicyEngine.CILIUM)
            .allowHttp(
                web,
                api,
                "http",
                HttpRule.of("FETCH", "products"),
                ImmutableHttpRule.builder().build())
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.INVALID_HTTP_RULE, "connections shop / connections[0] / http[0] / method")
        .hasError(
            NetworkRules.INVALID_HTTP_RULE, "connections shop / connections[0] / http[0] / path")
        .hasError(NetworkRules.INVALID_HTTP_RULE, "connections shop / connections[0] / http[1]");
  }

  @Test
  void calicoHttpRuleWhereNoPolicyOfTheStackReceivesNamesCilium() {
    Connections c =
        connections(PolicyEngine.CALICO)
            .addConnection(
                Connection.builder()
                    .from(Peer.of(web))
                    .to(Peer.cidr("203.0.113.0/24"))
                    .port("80")
                    .addHttp(HttpRule.method("GET"))
                    .build())
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE,
            "connections shop / connections[0] / http",
            "PolicyEngine.CILIUM");
  }

  @Test
  void clusterWideDefaultsWithPlainNetworkPolicyIsAnError() {
    Connections c =
        connections(PolicyEngine.KUBERNETES)
            .clusterWideDefaults(true)
            .allow(web, api, "http")
            .build();

    assertThat(stack(c))
        .hasError(
            NetworkRules.UNSUPPORTED_BY_POLICY_ENGINE, "connections shop / clusterWideDefaults");
  }
}
