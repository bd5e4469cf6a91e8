package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import org.junit.jupiter.api.Test;

class IngressRoutesTest {
  private final TestWorkload webPods = TestWorkload.http("web");
  private final TestWorkload apiPods = TestWorkload.http("api");
  private final Service web = Service.builder(webPods).addPort(ExposedPort.of(80, "http")).build();
  private final Service api = Service.of(apiPods);

  private final HttpRoutes routes =
      HttpRoutes.builder()
          .name("shop")
          .ingressClassName("nginx")
          .putAnnotation("nginx.ingress.kubernetes.io/proxy-body-size", "8m")
          .addRoute(Route.of("shop.example.com", "/", web, "http"))
          .addRoute(
              Route.builder()
                  .host("shop.example.com")
                  .path("/api/v1")
                  .pathType(PathType.EXACT)
                  .addBackend(Backend.of(api, "8080"))
                  .build())
          .addRoute(Route.of("*.shop.example.com", "/", web, "80"))
          .addTls(Tls.of("shop-tls", "shop.example.com", "*.shop.example.com"))
          .build();

  private Stack stack(HttpRoutes r) {
    return Stacks.shop(webPods, apiPods, web, api, r);
  }

  private Ingress ingress() {
    return Synthesizer.synthesize(stack(routes))
        .orThrow()
        .find(Ingress.class, "shop", "shop")
        .orElseThrow();
  }

  @Test
  void ingressCarriesClassAnnotationsAndTls() {
    Ingress ingress = ingress();

    assertThat(ingress.getApiVersion()).isEqualTo("networking.k8s.io/v1");
    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.getMetadata().getAnnotations())
        .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "8m");
    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(
            tls -> {
              assertThat(tls.getSecretName()).isEqualTo("shop-tls");
              assertThat(tls.getHosts()).containsExactly("shop.example.com", "*.shop.example.com");
            });
  }

  @Test
  void ingressGroupsPathsByHostInDeclarationOrder() {
    assertThat(ingress().getSpec().getRules())
        .extracting(IngressRule::getHost)
        .containsExactly("shop.example.com", "*.shop.example.com");
    assertThat(ingress().getSpec().getRules().get(0).getHttp().getPaths())
        .extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/", "Prefix"),
            org.assertj.core.groups.Tuple.tuple("/api/v1", "Exact"));
  }

  @Test
  void ingressBackendsNameServicePortsByNameOrNumber() {
    var paths = ingress().getSpec().getRules().get(0).getHttp().getPaths();

    assertThat(paths.get(0).getBackend().getService().getName()).isEqualTo("web");
    assertThat(paths.get(0).getBackend().getService().getPort().getName()).isEqualTo("http");
    assertThat(paths.get(1).getBackend().getService().getName()).isEqualTo("api");
    assertThat(paths.get(1).getBackend().getService().getPort().getNumber()).isEqualTo(8080);
  }

  @Test
  void routeWithoutHostBecomesARuleForEveryHost() {
    HttpRoutes any = HttpRoutes.builder().name("any").addRoute(Route.to(web, "http")).build();

    assertThat(stack(any))
        .object(Ingress.class, "any")
        .satisfies(i -> assertThat(i.getSpec().getRules().get(0).getHost()).isNull());
  }
}
