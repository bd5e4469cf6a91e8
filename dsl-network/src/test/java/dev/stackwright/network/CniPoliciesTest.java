package dev.stackwright.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.SynthAssertions;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One connections description rendered for Cilium and Calico, valid for their pinned CRDs. */
class CniPoliciesTest {
  static final Path CNP = Path.of("src/test/resources/crds/cilium.io_ciliumnetworkpolicies.yaml");
  static final Path CCNP =
      Path.of("src/test/resources/crds/cilium.io_ciliumclusterwidenetworkpolicies.yaml");
  static final Path CALICO_NP =
      Path.of("src/test/resources/crds/crd.projectcalico.org_networkpolicies.yaml");
  static final Path CALICO_GNP =
      Path.of("src/test/resources/crds/crd.projectcalico.org_globalnetworkpolicies.yaml");

  private final TestWorkload web = TestWorkload.http("web");
  private final TestWorkload api =
      TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));
  private final TestWorkload db =
      TestWorkload.of("db", NamedPort.of("postgres", 5432)).withNamespace("data");

  /** Every shape of peer, a DNS name for Cilium, and HTTP rules. */
  private Connections.Builder traffic(PolicyEngine engine) {
    Connections.Builder b =
        Connections.builder()
            .name("shop")
            .policyEngine(engine)
            .allowHttp(web, api, "http", HttpRule.of("GET", "/products"), HttpRule.method("POST"))
            .allow(api, db, "postgres")
            .allowFromNamespace("monitoring", api, "metrics")
            .allowToCidr(api, Cidr.of("203.0.113.0/24", "203.0.113.128/25"), 443)
            .allow(Peer.anywhere(), Peer.of(web), "http");
    return engine == PolicyEngine.CILIUM ? b.allowToDnsName(api, "api.stripe.com", 443) : b;
  }

  private SynthResult synth(Connections c) {
    return Synthesizer.synthesize(
            Stacks.builder(web, api, db)
                .addNamespace(Namespace.of("data"))
                .add((Component) c)
                .build())
        .orThrow();
  }

  private static JsonNode tree(SynthResult r, String kind, String ns, String name) {
    return tree(r.find(kind, ns, name).orElseThrow());
  }

  /** The object as written, read back. */
  private static JsonNode tree(HasMetadata o) {
    try {
      return Yaml.mapper().readTree(Yaml.write(o));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertValid(SynthResult r, String group, Map<String, Path> crds) {
    List<HasMetadata> custom =
        r.objects().stream().filter(o -> o.getApiVersion().startsWith(group + "/")).toList();
    assertThat(custom).isNotEmpty();
    custom.forEach(o -> CrdSchemas.assertValid(o, crds.get(o.getKind())));
  }

  @Test
  void ciliumRendersEveryConnectionAsCiliumNetworkPolicies() {
    SynthResult r = synth(traffic(PolicyEngine.CILIUM).build());

    assertThat(r.all(NetworkPolicy.class)).isEmpty();
    JsonNode deny = tree(r, "CiliumNetworkPolicy", "shop", "default-deny");
    assertThat(deny.at("/spec/endpointSelector").isEmpty()).isTrue();
    assertThat(deny.at("/spec/ingress").toString()).isEqualTo("[{}]");
    assertThat(deny.at("/spec/egress").toString()).isEqualTo("[{}]");

    JsonNode api = tree(r, "CiliumNetworkPolicy", "shop", "api");
    assertThat(api.at("/spec/endpointSelector/matchLabels").toString())
        .isEqualTo("{\"app.kubernetes.io/name\":\"api\"}");
    JsonNode fromWeb = api.at("/spec/ingress/0");
    assertThat(fromWeb.at("/fromEndpoints/0/matchLabels").toString())
        .isEqualTo(
            "{\"app.kubernetes.io/name\":\"web\",\"k8s:io.kubernetes.pod.namespace\":\"shop\"}");
    assertThat(fromWeb.at("/toPorts/0/ports/0").toString())
        .isEqualTo("{\"port\":\"8080\",\"protocol\":\"TCP\"}");
    assertThat(fromWeb.at("/toPorts/0/rules/http").toString())
        .isEqualTo("[{\"method\":\"GET\",\"path\":\"/products.*\"},{\"method\":\"POST\"}]");
    assertThat(api.at("/spec/ingress/1/fromEndpoints/0/matchLabels").toString())
        .isEqualTo("{\"k8s:io.kubernetes.pod.namespace\":\"monitoring\"}");
    assertThat(
            api.at("/spec/egress/0/toEndpoints/0/matchLabels/k8s:io.kubernetes.pod.namespace")
                .asText())
        .isEqualTo("data");
    assertThat(api.at("/spec/egress/1/toCIDRSet/0").toString())
        .isEqualTo("{\"cidr\":\"203.0.113.0/24\",\"except\":[\"203.0.113.128/25\"]}");

    JsonNode web = tree(r, "CiliumNetworkPolicy", "shop", "web");
    assertThat(web.at("/spec/ingress/0/fromEntities").toString()).isEqualTo("[\"all\"]");
    assertThat(web.at("/spec/egress/0/toPorts/0/rules/http/0/path").asText())
        .isEqualTo("/products.*");
    assertValid(r, "cilium.io", Map.of("CiliumNetworkPolicy", CNP));
  }

  @Test
  void egressToADnsNameIsToFqdnsWithDnsVisibilityForItsNamespace() {
    SynthResult r = synth(traffic(PolicyEngine.CILIUM).build());

    JsonNode toStripe = tree(r, "CiliumNetworkPolicy", "shop", "api").at("/spec/egress/2");
    assertThat(toStripe.at("/toFQDNs").toString())
        .isEqualTo("[{\"matchName\":\"api.stripe.com\"}]");
    assertThat(toStripe.at("/toPorts/0/ports/0/port").asText()).isEqualTo("443");
    JsonNode dns = tree(r, "CiliumNetworkPolicy", "shop", "allow-dns").at("/spec/egress/0");
    assertThat(dns.at("/toEndpoints/0/matchLabels").toString())
        .isEqualTo(
            "{\"k8s-app\":\"kube-dns\",\"k8s:io.kubernetes.pod.namespace\":\"kube-system\"}");
    assertThat(dns.at("/toPorts/0/rules/dns").toString()).isEqualTo("[{\"matchPattern\":\"*\"}]");
    // No pod of namespace data sends to a DNS name: its DNS egress stays out of Cilium's proxy.
    assertThat(
            tree(r, "CiliumNetworkPolicy", "data", "allow-dns")
                .at("/spec/egress/0/toPorts/0/rules")
                .isMissingNode())
        .isTrue();
  }

  @Test
  void wildcardDnsNameIsAMatchPattern() {
    SynthResult r =
        synth(
            Connections.builder()
                .name("shop")
                .policyEngine(PolicyEngine.CILIUM)
                .allowToDnsName(api, "*.amazonaws.com", 443)
                .build());

    assertThat(
            tree(r, "CiliumNetworkPolicy", "shop", "api").at("/spec/egress/0/toFQDNs").toString())
        .isEqualTo("[{\"matchPattern\":\"*.amazonaws.com\"}]");
    assertValid(r, "cilium.io", Map.of("CiliumNetworkPolicy", CNP));
  }

  @Test
  void ciliumClusterWideDefaultsAreOneClusterwidePolicyOverTheNamespaces() {
    SynthResult r = synth(traffic(PolicyEngine.CILIUM).clusterWideDefaults(true).build());

    assertThat(r.find("CiliumNetworkPolicy", "shop", "default-deny")).isEmpty();
    assertThat(r.find("CiliumNetworkPolicy", "shop", "allow-dns")).isEmpty();
    HasMetadata defaults = r.find("CiliumClusterwideNetworkPolicy", null, "shop-defaults").get();
    assertThat(defaults.getMetadata().getNamespace()).isNull();
    JsonNode spec = tree(defaults).at("/spec");
    assertThat(spec.at("/endpointSelector/matchExpressions/0").toString())
        .isEqualTo(
            "{\"key\":\"k8s:io.kubernetes.pod.namespace\",\"operator\":\"In\",\"values\":[\"data\",\"shop\"]}");
    assertThat(spec.at("/ingress").toString()).isEqualTo("[{}]");
    assertThat(spec.at("/egress/0/toPorts/0/rules/dns/0/matchPattern").asText()).isEqualTo("*");
    assertValid(
        r, "cilium.io", Map.of("CiliumNetworkPolicy", CNP, "CiliumClusterwideNetworkPolicy", CCNP));
  }

  @Test
  void calicoRendersTieredOrderedPoliciesOfItsKubernetesApi() {
    SynthResult r = synth(traffic(PolicyEngine.CALICO).build());

    assertThat(r.all(NetworkPolicy.class)).isEmpty();
    HasMetadata api = r.find("NetworkPolicy", "shop", "default.api").orElseThrow();
    assertThat(api.getApiVersion()).isEqualTo("crd.projectcalico.org/v1");
    JsonNode spec = tree(api).at("/spec");
    assertThat(spec.at("/tier").asText()).isEqualTo("default");
    assertThat(spec.at("/order").asInt()).isEqualTo(100);
    assertThat(spec.at("/selector").asText()).isEqualTo("app.kubernetes.io/name == 'api'");
    assertThat(spec.at("/types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
    assertThat(spec.at("/ingress/0").toString())
        .isEqualTo(
            "{\"action\":\"Allow\",\"destination\":{\"ports\":[8080]},\"http\":{\"methods\":[\"GET\"],"
                + "\"paths\":[{\"prefix\":\"/products\"}]},\"protocol\":\"TCP\","
                + "\"source\":{\"selector\":\"app.kubernetes.io/name == 'web'\"}}");
    assertThat(spec.at("/ingress/1/http").toString()).isEqualTo("{\"methods\":[\"POST\"]}");
    assertThat(spec.at("/ingress/2/source/namespaceSelector").asText())
        .isEqualTo("projectcalico.org/name == 'monitoring'");
    assertThat(spec.at("/egress/0/destination/namespaceSelector").asText())
        .isEqualTo("projectcalico.org/name == 'data'");
    assertThat(spec.at("/egress/1/destination").toString())
        .isEqualTo(
            "{\"nets\":[\"203.0.113.0/24\"],\"notNets\":[\"203.0.113.128/25\"],\"ports\":[443]}");
    // HTTP is matched where the request arrives: the sender's egress stays at layer 4.
    JsonNode web = tree(r, "NetworkPolicy", "shop", "default.web").at("/spec");
    assertThat(web.at("/egress/0/http").isMissingNode()).isTrue();
    assertThat(web.at("/egress/0/destination/selector").asText())
        .isEqualTo("app.kubernetes.io/name == 'api'");
    JsonNode deny = tree(r, "NetworkPolicy", "shop", "default.default-deny").at("/spec");
    assertThat(deny.at("/order").asInt()).isEqualTo(1000);
    assertThat(deny.at("/selector").asText()).isEqualTo("all()");
    JsonNode dns = tree(r, "NetworkPolicy", "shop", "default.allow-dns").at("/spec/egress/0");
    assertThat(dns.at("/destination/selector").asText()).isEqualTo("k8s-app == 'kube-dns'");
    assertThat(dns.at("/destination/ports").toString()).isEqualTo("[53]");
    assertValid(r, "crd.projectcalico.org", Map.of("NetworkPolicy", CALICO_NP));
  }

  @Test
  void calicoClusterWideDefaultsAreAGlobalNetworkPolicy() {
    SynthResult r = synth(traffic(PolicyEngine.CALICO).clusterWideDefaults(true).build());

    assertThat(r.find("NetworkPolicy", "shop", "default.default-deny")).isEmpty();
    JsonNode spec = tree(r, "GlobalNetworkPolicy", null, "default.shop-defaults").at("/spec");
    assertThat(spec.at("/namespaceSelector").asText())
        .isEqualTo("projectcalico.org/name in {'data', 'shop'}");
    assertThat(spec.at("/order").asInt()).isEqualTo(1000);
    assertThat(spec.at("/types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
    assertValid(
        r,
        "crd.projectcalico.org",
        Map.of("NetworkPolicy", CALICO_NP, "GlobalNetworkPolicy", CALICO_GNP));
  }

  @Test
  void sharedNamespaceGetsDenyAndDnsInTheCniPolicyOfEachPodSet() {
    for (PolicyEngine engine : List.of(PolicyEngine.CILIUM, PolicyEngine.CALICO)) {
      SynthResult r =
          synth(
              Connections.builder()
                  .name("shop")
                  .policyEngine(engine)
                  .addSharedNamespaces("shop")
                  .allow(web, api, "http")
                  .build());

      assertThat(r.objects()).noneMatch(o -> o.getMetadata().getName().contains("default-deny"));
      if (engine == PolicyEngine.CILIUM) {
        JsonNode spec = tree(r, "CiliumNetworkPolicy", "shop", "web").at("/spec");
        assertThat(spec.at("/ingress").toString()).isEqualTo("[{}]");
        assertThat(spec.at("/egress/0/toEndpoints/0/matchLabels/k8s-app").asText())
            .isEqualTo("kube-dns");
        assertValid(r, "cilium.io", Map.of("CiliumNetworkPolicy", CNP));
      } else {
        JsonNode spec = tree(r, "NetworkPolicy", "shop", "default.web").at("/spec");
        assertThat(spec.at("/types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(spec.at("/egress/0/destination/selector").asText())
            .isEqualTo("k8s-app == 'kube-dns'");
        assertValid(r, "crd.projectcalico.org", Map.of("NetworkPolicy", CALICO_NP));
      }
    }
  }

  @Test
  void cniPoliciesNeedTheCniStatedOnTheTargetCluster() {
    Connections c =
        Connections.builder()
            .name("shop")
            .policyEngine(PolicyEngine.CILIUM)
            .allow(web, api, "http")
            .build();
    Stack.Builder stack =
        Stacks.builder(web, api, db).addNamespace(Namespace.of("data")).add((Component) c);

    SynthAssertions.assertThat(
            stack
                .target(
                    TargetCluster.builder()
                        .provides(PolicyEngine.CILIUM_POLICIES, Prerequisite.FLUX)
                        .build())
                .build())
        .isOk();
    SynthAssertions.assertThat(
            stack.target(TargetCluster.builder().provides(Prerequisite.FLUX).build()).build())
        .diagnostics()
        .anyMatch(d -> d.rule().equals(ClusterRules.UNKNOWN_KIND));
  }

  @Test
  void engineNamesTheClusterPrerequisiteOfItsKinds() {
    assertThat(PolicyEngine.KUBERNETES.prerequisite()).isEmpty();
    assertThat(PolicyEngine.CILIUM.prerequisite().orElseThrow().kinds())
        .extracting(k -> k.kind())
        .containsExactly("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy");
    assertThat(PolicyEngine.CALICO.prerequisite().orElseThrow().kinds())
        .extracting(k -> k.group())
        .containsOnly("crd.projectcalico.org");
  }
}
