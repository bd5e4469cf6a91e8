package dev.stackwright.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mesh-neutral API rendered for Consul, every config entry valid for consul-k8s's CRDs. */
class ConsulRenderingTest {
  static final TestService WEB_SVC = TestService.of("web", Shop.WEB, NamedPort.of("http", 80));

  static Path crd(String kind) {
    String plural =
        switch (kind) {
          case "Mesh" -> "meshes";
          case "ServiceDefaults", "ProxyDefaults", "ServiceIntentions" ->
              kind.toLowerCase(java.util.Locale.ROOT);
          default -> kind.toLowerCase(java.util.Locale.ROOT) + "s";
        };
    return Path.of("src/test/resources/crds/consul.hashicorp.com_" + plural + ".yaml");
  }

  static Stack stack(ServiceMesh mesh, Component... rules) {
    return Stack.builder().from(Shop.stack(mesh, rules)).addComponent(WEB_SVC).build();
  }

  static SynthResult shop(ServiceMesh mesh) {
    return Synthesizer.synthesize(
            stack(
                mesh,
                MeshMembership.of(mesh, "shop"),
                MutualTls.strict(mesh, "shop"),
                MutualTls.permissive(mesh, Shop.ORDERS_V2),
                MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10)
                    .withTimeout("5s")
                    .withRetry(Retry.builder().attempts(2).build()),
                MeshAuthorization.allow(
                    mesh,
                    Shop.ORDERS,
                    AllowRule.from(Shop.WEB)
                        .forMethods("GET", "POST")
                        .onPaths("/orders*", "/health"),
                    AllowRule.from(Shop.ORDERS_V2)),
                DefaultDeny.of(mesh, "shop")))
        .orThrow();
  }

  static JsonNode spec(SynthResult r, String kind, String ns, String name) {
    HasMetadata o = r.find(kind, ns, name).orElseThrow();
    try {
      return Yaml.mapper().readTree(Yaml.write(o)).path("spec");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyConsulConfigEntryIsValidForItsCrd() {
    SynthResult r = shop(ServiceMesh.consul());

    List<HasMetadata> entries =
        r.objects().stream().filter(o -> o.getApiVersion().equals(ConsulApi.VERSION)).toList();
    assertThat(entries)
        .extracting(HasMetadata::getKind)
        .contains(
            "ServiceDefaults", "ServiceIntentions", "ServiceRouter", "ServiceSplitter", "Mesh");
    entries.forEach(o -> CrdSchemas.assertValid(o, crd(o.getKind())));
  }

  @Test
  void membersAreLabelledForTheConnectInjector() {
    SynthResult r = shop(ServiceMesh.consul());

    assertThat(
            r.find(io.fabric8.kubernetes.api.model.Namespace.class, null, "shop")
                .orElseThrow()
                .getMetadata()
                .getLabels())
        .containsEntry(ServiceMesh.CONSUL_INJECT_LABEL, "enabled");
  }

  @Test
  void authorizationIsServiceIntentionsMergedPerSource() {
    JsonNode spec = spec(shop(ServiceMesh.consul()), "ServiceIntentions", "shop", "orders");

    assertThat(spec.at("/destination/name").asText()).isEqualTo("orders");
    JsonNode web = spec.at("/sources/0");
    assertThat(web.at("/name").asText()).isEqualTo("web");
    assertThat(web.has("action")).isFalse();
    assertThat(web.at("/permissions").toString())
        .isEqualTo(
            "[{\"action\":\"allow\",\"http\":{\"methods\":[\"GET\",\"POST\"],\"pathPrefix\":\"/orders\"}},"
                + "{\"action\":\"allow\",\"http\":{\"methods\":[\"GET\",\"POST\"],\"pathExact\":\"/health\"}}]");
    assertThat(spec.at("/sources/1").toString())
        .isEqualTo("{\"action\":\"allow\",\"name\":\"orders-v2\"}");
  }

  @Test
  void defaultDenyIsADenyIntentionFromEveryServiceToEvery() {
    JsonNode spec = spec(shop(ServiceMesh.consul()), "ServiceIntentions", "shop", "default-deny");

    assertThat(spec.toString())
        .isEqualTo(
            "{\"destination\":{\"name\":\"*\"},\"sources\":[{\"action\":\"deny\",\"name\":\"*\"}]}");
  }

  @Test
  void canaryIsASplitterAndTimeoutsAndRetriesARouter() {
    SynthResult r = shop(ServiceMesh.consul());

    assertThat(spec(r, "ServiceSplitter", "shop", "orders").at("/splits").toString())
        .isEqualTo(
            "[{\"service\":\"orders\",\"weight\":90},{\"service\":\"orders-v2\",\"weight\":10}]");
    assertThat(spec(r, "ServiceRouter", "shop", "orders").at("/routes/0").toString())
        .isEqualTo(
            "{\"destination\":{\"numRetries\":2,\"requestTimeout\":\"5s\",\"retryOn\":[\"5xx\"]},"
                + "\"match\":{\"http\":{\"pathPrefix\":\"/\"}}}");
  }

  @Test
  void serviceDefaultsCarryProtocolAndMtlsModeAndPermissiveNeedsTheMeshEntry() {
    SynthResult r = shop(ServiceMesh.consul());

    assertThat(spec(r, "ServiceDefaults", "shop", "orders").toString())
        .isEqualTo("{\"mutualTLSMode\":\"strict\",\"protocol\":\"http\"}");
    assertThat(spec(r, "ServiceDefaults", "shop", "orders-v2").toString())
        .isEqualTo("{\"mutualTLSMode\":\"permissive\",\"protocol\":\"http\"}");
    assertThat(spec(r, "Mesh", "consul", "mesh").toString())
        .isEqualTo("{\"allowEnablingPermissiveMutualTLS\":true}");
  }

  @Test
  void controlPlaneIsTheConsulChartInjectingLabelledNamespaces() {
    ServiceMesh mesh =
        ServiceMesh.consul().install(ControlPlane.builder().accessLogs(true).build());

    assertThat(mesh.releases()).extracting(ChartRelease::name).containsExactly("consul");
    ChartRelease consul = mesh.releases().get(0);
    assertThat(consul.namespace()).contains("consul");
    assertThat(consul.repository()).isEqualTo(ControlPlane.CONSUL_REPOSITORY);
    assertThat(consul.version()).isEqualTo(ControlPlane.DEFAULT_CONSUL_VERSION);
    assertThat(consul.installedKinds())
        .extracting(k -> k.kind())
        .contains(
            "ServiceIntentions", "ServiceDefaults", "ServiceRouter", "ServiceSplitter", "Mesh");
    @SuppressWarnings("unchecked")
    Map<String, Object> inject = (Map<String, Object>) consul.values().get("connectInject");
    assertThat(inject)
        .containsEntry("default", true)
        .containsEntry(
            "namespaceSelector",
            "{\"matchLabels\":{\"consul.hashicorp.com/connect-inject\":\"enabled\"}}")
        .containsEntry("cni", Map.of("enabled", true));

    SynthResult r =
        Synthesizer.synthesize(
                Stack.builder()
                    .from(stack(mesh, MeshMembership.of(mesh, "shop")))
                    .addNamespace(Namespace.of("consul"))
                    .build())
            .orThrow();
    assertThat(spec(r, "ProxyDefaults", "consul", "global").toString())
        .isEqualTo("{\"accessLogs\":{\"enabled\":true}}");
    CrdSchemas.assertValid(r.find("ProxyDefaults", "consul", "global").get(), crd("ProxyDefaults"));
  }
}
