package dev.stackwright.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.TracingEndpoint;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlPlaneTest {

  @Test
  void istioInstallsBaseCniAndIstiodWithMeshConfig() {
    ServiceMesh mesh =
        ServiceMesh.istio()
            .install(
                ControlPlane.builder()
                    .accessLogs(true)
                    .tracingSamplingPercent(5.0)
                    .tracingCollector("otel-collector.observability:4317")
                    .build());

    assertThat(mesh.releases())
        .extracting(ChartRelease::name, ChartRelease::chart, r -> r.namespace().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("istio-base", "base", "istio-system"),
            org.assertj.core.groups.Tuple.tuple("istio-cni", "cni", "istio-system"),
            org.assertj.core.groups.Tuple.tuple("istiod", "istiod", "istio-system"));
    ChartRelease istiod = mesh.releases().get(2);
    assertThat(istiod.repository()).isEqualTo(ControlPlane.ISTIO_REPOSITORY);
    assertThat(istiod.version()).isEqualTo(ControlPlane.DEFAULT_ISTIO_VERSION);
    assertThat(istiod.dependsOn()).containsExactly(mesh.releases().get(0), mesh.releases().get(1));
    @SuppressWarnings("unchecked")
    Map<String, Object> meshConfig = (Map<String, Object>) istiod.values().get("meshConfig");
    assertThat(meshConfig)
        .containsEntry("accessLogFile", "/dev/stdout")
        .containsEntry("enableTracing", true)
        .containsEntry("defaultConfig", Map.of("tracing", Map.of("sampling", 5.0)))
        .containsEntry("defaultProviders", Map.of("tracing", List.of("otel-tracing")));
    assertThat(istiod.values()).containsEntry("pilot", Map.of("cni", Map.of("enabled", true)));
  }

  /** The observability layer's collector, as the mesh sees it: a typed tracing endpoint. */
  record Collector(String name, Optional<String> namespace) implements TracingEndpoint {
    @Override
    public int otlpGrpcPort() {
      return 4317;
    }

    @Override
    public int otlpHttpPort() {
      return 4318;
    }

    @Override
    public double samplingPercentage() {
      return 10;
    }
  }

  @Test
  void istiodSendsSpansToTheTypedTracingEndpointAtItsServiceAddress() {
    ServiceMesh mesh =
        ServiceMesh.istio()
            .install(
                ControlPlane.builder()
                    .tracingEndpoint(new Collector("otel-collector", Optional.of("monitoring")))
                    .build());

    @SuppressWarnings("unchecked")
    Map<String, Object> meshConfig =
        (Map<String, Object>) mesh.releases().get(2).values().get("meshConfig");
    assertThat(meshConfig)
        .containsEntry(
            "extensionProviders",
            List.of(
                Map.of(
                    "name",
                    "otel-tracing",
                    "opentelemetry",
                    Map.of(
                        "service", "otel-collector.monitoring.svc.cluster.local", "port", 4317))));
  }

  @Test
  void aTypedEndpointBesideAnExternalAddressIsAnError() {
    ServiceMesh mesh =
        ServiceMesh.istio()
            .install(
                ControlPlane.builder()
                    .tracingEndpoint(new Collector("otel-collector", Optional.of("monitoring")))
                    .tracingCollector("jaeger.tracing:4317")
                    .build());
    SynthResult result =
        Synthesizer.synthesize(Stack.builder().name("shop").add(mesh.components()).build());
    assertThat(result.errors())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo(MeshRules.INVALID_VALUE);
              assertThat(d.path()).endsWith("mesh istio / controlPlane / tracingCollector");
            });
  }

  @Test
  void linkerdReferencesAnExternalTrustAnchorAndNeverCarriesKeys() {
    ServiceMesh mesh =
        ServiceMesh.linkerd().install(ControlPlane.builder().accessLogs(true).build());

    assertThat(mesh.releases())
        .extracting(ChartRelease::name, ChartRelease::chart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("linkerd-crds", "linkerd-crds"),
            org.assertj.core.groups.Tuple.tuple("linkerd-cni", "linkerd2-cni"),
            org.assertj.core.groups.Tuple.tuple("linkerd-control-plane", "linkerd-control-plane"));
    ChartRelease cp = mesh.releases().get(2);
    assertThat(cp.repository()).isEqualTo("https://helm.linkerd.io/edge");
    assertThat(cp.values())
        .containsEntry(
            "identity", Map.of("externalCA", true, "issuer", Map.of("scheme", "kubernetes.io/tls")))
        .containsEntry("cniEnabled", true)
        .containsEntry("proxy", Map.of("accessLog", "json"))
        .doesNotContainKey("identityTrustAnchorsPEM");
  }

  @Test
  void meshRulesAreOrderedAfterTheControlPlaneReleases() {
    ServiceMesh mesh = ServiceMesh.istio().install(ControlPlane.defaults());
    Stack stack =
        Stack.builder()
            .from(Shop.stack(mesh, MeshRoute.to(mesh, Shop.ORDERS_SVC).withTimeout("3s")))
            .addNamespace(
                Namespace.builder()
                    .name("istio-system")
                    .podSecurity(PodSecurityLevel.PRIVILEGED)
                    .build())
            .defaultNamespace("shop")
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.errors()).isEmpty();
    List<String> order = result.objects().stream().map(ControlPlaneTest::describe).toList();
    assertThat(order).contains("HelmRelease/istio-base", "HelmRelease/istiod");
    assertThat(order.indexOf("VirtualService/orders"))
        .isGreaterThan(order.indexOf("HelmRelease/istiod"))
        .isGreaterThan(order.indexOf("HelmRelease/istio-base"));
  }

  private static String describe(HasMetadata o) {
    return o.getKind() + "/" + o.getMetadata().getName();
  }

  @Test
  void theControlPlaneReleasesDeclareTheCrdsTheyInstallAndIstiodItsGatewayClass() {
    List<ChartRelease> istio = ServiceMesh.istio().install(ControlPlane.defaults()).releases();
    List<ChartRelease> linkerd = ServiceMesh.linkerd().install(ControlPlane.defaults()).releases();

    assertThat(istio.get(0).installedKinds())
        .extracting(k -> k.crdName())
        .contains(
            "virtualservices.networking.istio.io",
            "authorizationpolicies.security.istio.io",
            "peerauthentications.security.istio.io",
            "telemetries.telemetry.istio.io");
    assertThat(istio.get(2).servedGatewayClasses()).containsExactly("istio");
    assertThat(linkerd.get(0).installedKinds())
        .extracting(k -> k.crdName())
        .contains("servers.policy.linkerd.io", "httproutes.gateway.networking.k8s.io");
    assertThat(
            ChartRelease.builder()
                .from(linkerd.get(0))
                .putValue("installGatewayAPI", false)
                .build()
                .installedKinds())
        .extracting(k -> k.group())
        .doesNotContain("gateway.networking.k8s.io");
  }
}
