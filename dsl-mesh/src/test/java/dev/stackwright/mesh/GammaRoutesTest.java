package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.istio.api.networking.v1.VirtualService;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Istio renders mesh routes as Gateway API mesh routes (GAMMA) when asked, as Linkerd does. */
class GammaRoutesTest {
  static final Path HTTP_ROUTES =
      Path.of("src/test/resources/crds/gateway.networking.k8s.io_httproutes.yaml");

  private static MeshRoute canary(ServiceMesh mesh) {
    return MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10)
        .withTimeout("5s");
  }

  @Test
  void istioWithGammaRoutesRendersAnHttpRouteWithTheServiceAsParent() {
    ServiceMesh mesh = ServiceMesh.istio().withGammaRoutes(true);
    SynthResult r = Synthesizer.synthesize(Shop.stack(mesh, canary(mesh))).orThrow();

    assertThat(r.all(VirtualService.class)).isEmpty();
    HTTPRoute route = r.find(HTTPRoute.class, "shop", "orders").orElseThrow();
    ParentReference parent = route.getSpec().getParentRefs().get(0);
    assertThat(parent.getGroup()).isEmpty();
    assertThat(parent.getKind()).isEqualTo("Service");
    assertThat(parent.getName()).isEqualTo("orders");
    assertThat(parent.getPort()).isEqualTo(80);
    assertThat(route.getSpec().getRules().get(0).getBackendRefs())
        .extracting(HTTPBackendRef::getName, HTTPBackendRef::getWeight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("orders", 90),
            org.assertj.core.groups.Tuple.tuple("orders-v2", 10));
    assertThat(route.getSpec().getRules().get(0).getTimeouts().getRequest()).isEqualTo("5s");
    CrdSchemas.assertValid(route, HTTP_ROUTES);
  }

  @Test
  void oneRouteDefinitionMovesBetweenIstioAndLinkerdAsAnHttpRoute() {
    for (ServiceMesh mesh :
        new ServiceMesh[] {ServiceMesh.istio().withGammaRoutes(true), ServiceMesh.linkerd()}) {
      MeshRoute route = MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10);
      SynthResult r = Synthesizer.synthesize(Shop.stack(mesh, route)).orThrow();
      HTTPRoute http = r.find(HTTPRoute.class, "shop", "orders").orElseThrow();
      assertThat(http.getSpec().getParentRefs().get(0).getKind()).isEqualTo("Service");
      CrdSchemas.assertValid(http, HTTP_ROUTES);
    }
  }

  @Test
  void retriesAndFaultsHaveNoStandardGammaFieldAndAreErrors() {
    ServiceMesh mesh = ServiceMesh.istio().withGammaRoutes(true);
    MeshRoute route =
        canary(mesh).withRetry(Retry.of(2, "1s")).withFault(FaultInjection.abort(503, 10));

    assertThat(Shop.stack(mesh, route))
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / retry", "withGammaRoutes()")
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / fault", "withGammaRoutes()");
  }

  @Test
  void gammaRoutesOnLinkerdIsAnError() {
    ServiceMesh mesh = ServiceMesh.linkerd().withGammaRoutes(true);

    assertThat(Shop.stack(mesh)).hasError(MeshRules.UNSUPPORTED, "mesh linkerd / gammaRoutes");
  }
}
