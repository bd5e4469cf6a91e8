package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One mesh definition, three meshes: only the ServiceMesh value changes (Istio's GAMMA routes leave
 * out the retry, which the standard Gateway API channel cannot say).
 */
class ThreeMeshesTest {

  static Stack shop(ServiceMesh mesh) {
    MeshRoute canary = MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10);
    return ConsulRenderingTest.stack(
        mesh,
        MeshMembership.of(mesh, "shop"),
        MutualTls.strict(mesh, "shop"),
        mesh.gammaRoutes()
            ? canary.withTimeout("5s")
            : canary.withTimeout("5s").withRetry(Retry.builder().attempts(2).build()),
        MeshAuthorization.allow(
            mesh, Shop.ORDERS, AllowRule.from(Shop.WEB).forMethods("GET", "POST")),
        DefaultDeny.of(mesh, "shop"));
  }

  private static List<String> kinds(SynthResult r) {
    return r.objects().stream().map(HasMetadata::getKind).distinct().toList();
  }

  @Test
  void theSameDefinitionSynthesizesForIstioLinkerdAndConsul() {
    SynthResult istio = Synthesizer.synthesize(shop(ServiceMesh.istio()));
    SynthResult gamma = Synthesizer.synthesize(shop(ServiceMesh.istio().withGammaRoutes(true)));
    SynthResult linkerd = Synthesizer.synthesize(shop(ServiceMesh.linkerd()));
    SynthResult consul = Synthesizer.synthesize(shop(ServiceMesh.consul()));

    assertThat(istio).isOk();
    assertThat(gamma).isOk();
    assertThat(linkerd).isOk();
    assertThat(consul).isOk();
    assertThat(kinds(istio))
        .contains("VirtualService", "AuthorizationPolicy", "PeerAuthentication");
    assertThat(kinds(gamma)).contains("HTTPRoute").doesNotContain("VirtualService");
    assertThat(kinds(linkerd)).contains("HTTPRoute", "AuthorizationPolicy", "Server");
    assertThat(kinds(consul))
        .contains("ServiceSplitter", "ServiceRouter", "ServiceIntentions", "ServiceDefaults");
  }
}
