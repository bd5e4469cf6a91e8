package dev.stackwright.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
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
