package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkerdRenderingTest {
  private final ServiceMesh mesh = ServiceMesh.linkerd();

  @Test
  void memberNamespaceCarriesTheInjectAnnotation() {
    assertThat(Shop.stack(mesh, MeshMembership.of(mesh, "shop")))
        .object(Namespace.class, "shop")
        .satisfies(
            ns -> {
              assertThat(ns.getMetadata().getAnnotations())
                  .containsEntry("linkerd.io/inject", "enabled");
              assertThat(ns.getMetadata().getLabels()).doesNotContainKey("istio-injection");
            });
  }

  @Test
  void canaryIsAGatewayApiRouteWithTheStableServiceAsParent() {
    MeshRoute canary =
        MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 25)
            .withTimeout("5s")
            .withRetry(Retry.of(2, "1s"));

    assertThat(Shop.stack(mesh, canary))
        .object(HTTPRoute.class, "orders")
        .satisfies(
            route -> {
              assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
              var parent = route.getSpec().getParentRefs().get(0);
              assertThat(parent.getKind()).isEqualTo("Service");
              assertThat(parent.getGroup()).isEqualTo("core");
              assertThat(parent.getName()).isEqualTo("orders");
              assertThat(parent.getPort()).isEqualTo(80);
              assertThat(route.getSpec().getRules().get(0).getBackendRefs())
                  .extracting(b -> b.getName(), b -> b.getWeight())
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("orders", 75),
                      org.assertj.core.groups.Tuple.tuple("orders-v2", 25));
              assertThat(route.getMetadata().getAnnotations())
                  .containsEntry("timeout.linkerd.io/request", "5s")
                  .containsEntry("retry.linkerd.io/http", "5xx")
                  .containsEntry("retry.linkerd.io/limit", "2")
                  .containsEntry("retry.linkerd.io/timeout", "1s");
            });
  }

  @Test
  void strictMtlsGivesEachWorkloadPortAnAuthenticatedServer() {
    SynthResult result = Synthesizer.synthesize(Shop.stack(mesh, MutualTls.strict(mesh, "shop")));

    GenericKubernetesResource server = generic(result, "Server", "orders-metrics");
    assertThat(server.getApiVersion()).isEqualTo("policy.linkerd.io/v1beta3");
    assertThat(spec(server))
        .containsEntry("port", "metrics")
        .containsEntry("accessPolicy", "all-authenticated")
        .containsEntry(
            "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "orders")));
    assertThat(server.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(kinds(result, "Server")).hasSize(5);
  }

  @Test
  void workloadMtlsWinsOverItsNamespace() {
    SynthResult result =
        Synthesizer.synthesize(
            Shop.stack(mesh, MutualTls.strict(mesh, "shop"), MutualTls.permissive(mesh, Shop.WEB)));

    assertThat(spec(generic(result, "Server", "web-http")))
        .containsEntry("accessPolicy", "all-unauthenticated");
    assertThat(spec(generic(result, "Server", "orders-http")))
        .containsEntry("accessPolicy", "all-authenticated");
  }

  @Test
  void authorizationAdmitsClientIdentitiesOnDenyingServers() {
    SynthResult result =
        Synthesizer.synthesize(
            Shop.stack(
                mesh,
                MutualTls.strict(mesh, "shop"),
                MeshAuthorization.allow(mesh, Shop.ORDERS, AllowRule.from(Shop.WEB))));

    assertThat(spec(generic(result, "Server", "orders-http")))
        .containsEntry("accessPolicy", "deny");
    GenericKubernetesResource authn = generic(result, "MeshTLSAuthentication", "orders-0");
    assertThat(authn.getApiVersion()).isEqualTo("policy.linkerd.io/v1alpha1");
    assertThat(spec(authn))
        .containsEntry(
            "identities", List.of("web.shop.serviceaccount.identity.linkerd.cluster.local"));
    GenericKubernetesResource policy = generic(result, "AuthorizationPolicy", "orders-0-http");
    assertThat(policy.getApiVersion()).isEqualTo("policy.linkerd.io/v1alpha1");
    assertThat(spec(policy))
        .containsEntry(
            "targetRef",
            Map.of("group", "policy.linkerd.io", "kind", "Server", "name", "orders-http"))
        .containsEntry(
            "requiredAuthenticationRefs",
            List.of(
                Map.of(
                    "group", "policy.linkerd.io",
                    "kind", "MeshTLSAuthentication",
                    "name", "orders-0")));
    assertThat(kinds(result, "AuthorizationPolicy")).hasSize(2);
  }

  @Test
  void serversSelectByTheSelectorLabelsAndAuthenticateTheServiceAccountNotTheName() {
    TestWorkload admin =
        TestWorkload.of("admin", Shop.HTTP).withNamespace("shop").withServiceAccountName("ops");
    TestWorkload billing =
        TestWorkload.of("billing", Shop.HTTP)
            .withNamespace("shop")
            .withSelectorLabels(Map.of("app", "billing", "tier", "backend"));
    SynthResult result =
        Synthesizer.synthesize(
            Shop.stack(
                mesh,
                admin,
                billing,
                MutualTls.strict(mesh, "shop"),
                MeshAuthorization.allow(mesh, billing, AllowRule.from(admin))));

    assertThat(spec(generic(result, "Server", "billing-http")))
        .containsEntry(
            "podSelector", Map.of("matchLabels", Map.of("app", "billing", "tier", "backend")));
    assertThat(spec(generic(result, "MeshTLSAuthentication", "billing-0")))
        .containsEntry(
            "identities", List.of("ops.shop.serviceaccount.identity.linkerd.cluster.local"));
  }

  @Test
  void methodsAndPathsBecomeAnInboundRouteTheAuthorizationTargets() {
    SynthResult result =
        Synthesizer.synthesize(
            Shop.stack(
                mesh,
                MeshAuthorization.allow(
                    mesh,
                    Shop.ORDERS,
                    AllowRule.from(Shop.WEB).onPorts("http").forMethods("GET").onPaths("/api/*"))));

    GenericKubernetesResource route =
        result.objects().stream()
            .filter(o -> o instanceof GenericKubernetesResource)
            .map(GenericKubernetesResource.class::cast)
            .filter(o -> o.getKind().equals("HTTPRoute"))
            .findFirst()
            .orElseThrow();
    assertThat(route.getApiVersion()).isEqualTo("policy.linkerd.io/v1beta3");
    assertThat(spec(route))
        .containsEntry(
            "parentRefs",
            List.of(Map.of("group", "policy.linkerd.io", "kind", "Server", "name", "orders-http")))
        .containsEntry(
            "rules",
            List.of(
                Map.of(
                    "matches",
                    List.of(
                        Map.of(
                            "path",
                            Map.of("type", "PathPrefix", "value", "/api/"),
                            "method",
                            "GET")))));
    assertThat(spec(generic(result, "AuthorizationPolicy", "orders-0-http")))
        .containsEntry(
            "targetRef",
            Map.of("group", "policy.linkerd.io", "kind", "HTTPRoute", "name", "orders-0-http"));
  }

  @Test
  void defaultDenyGivesTheNamespacesWorkloadsDenyingServers() {
    SynthResult result = Synthesizer.synthesize(Shop.stack(mesh, DefaultDeny.of(mesh, "shop")));

    assertThat(kinds(result, "Server"))
        .allSatisfy(s -> assertThat(spec(s)).containsEntry("accessPolicy", "deny"))
        .hasSize(5);
  }

  @Test
  void optOutAnnotatesTheWorkloadsPodTemplate() {
    Stack stack = Stack.builder().from(Shop.stack(mesh)).addPatch(mesh.optOut(Shop.WEB)).build();

    assertThat(stack)
        .object(Deployment.class, "web")
        .extracting(d -> d.getSpec().getTemplate().getMetadata().getAnnotations())
        .satisfies(a -> assertThat(a).containsEntry("linkerd.io/inject", "disabled"));
  }

  static GenericKubernetesResource generic(SynthResult result, String kind, String name) {
    return kinds(result, kind).stream()
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names(result)));
  }

  static List<GenericKubernetesResource> kinds(SynthResult result, String kind) {
    assertThat(result.errors()).isEmpty();
    return result.objects().stream()
        .filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals(kind))
        .map(GenericKubernetesResource.class::cast)
        .toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }

  private static List<String> names(SynthResult result) {
    return result.objects().stream().map(HasMetadata::getMetadata).map(m -> m.getName()).toList();
  }
}
