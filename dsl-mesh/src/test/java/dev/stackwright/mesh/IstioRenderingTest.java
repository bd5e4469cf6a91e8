package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.istio.api.api.networking.v1alpha3.ClientTLSSettingsTLSmode;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionAbortHttpStatus;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPRoute;
import io.fabric8.istio.api.api.security.v1beta1.AuthorizationPolicyAction;
import io.fabric8.istio.api.api.security.v1beta1.PeerAuthenticationMutualTLSMode;
import io.fabric8.istio.api.networking.v1.DestinationRule;
import io.fabric8.istio.api.networking.v1.VirtualService;
import io.fabric8.istio.api.security.v1.AuthorizationPolicy;
import io.fabric8.istio.api.security.v1.PeerAuthentication;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IstioRenderingTest {
  private final ServiceMesh mesh = ServiceMesh.istio();

  @Test
  void membershipLabelsNamespacesForInjection() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(dev.stackwright.core.Namespace.of("shop"))
            .add(mesh, MeshMembership.of(mesh, "shop"))
            .build();

    assertThat(stack)
        .object(Namespace.class, "shop")
        .extracting(ns -> ns.getMetadata().getLabels().get("istio-injection"))
        .isEqualTo("enabled");
  }

  @Test
  void strictNamespaceMtlsRendersPeerAuthenticationAndMutualDestinationRule() {
    var result = Synthesizer.synthesize(Shop.stack(mesh, MutualTls.strict(mesh, "shop")));

    assertThat(result)
        .object(PeerAuthentication.class, "default")
        .satisfies(
            pa -> {
              assertThat(pa.getSpec().getMtls().getMode())
                  .isEqualTo(PeerAuthenticationMutualTLSMode.STRICT);
              assertThat(pa.getSpec().getSelector()).isNull();
              assertThat(pa.getApiVersion()).isEqualTo("security.istio.io/v1");
            });
    assertThat(result)
        .object(DestinationRule.class, "default")
        .satisfies(
            dr -> {
              assertThat(dr.getSpec().getHost()).isEqualTo("*.shop.svc.cluster.local");
              assertThat(dr.getSpec().getTrafficPolicy().getTls().getMode())
                  .isEqualTo(ClientTLSSettingsTLSmode.ISTIO_MUTUAL);
            });
  }

  @Test
  void permissiveWorkloadMtlsSelectsTheWorkloadAndNeedsNoDestinationRule() {
    assertThat(Shop.stack(mesh, MutualTls.permissive(mesh, Shop.ORDERS)))
        .object(PeerAuthentication.class, "orders")
        .satisfies(
            pa -> {
              assertThat(pa.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "orders"));
              assertThat(pa.getSpec().getMtls().getMode())
                  .isEqualTo(PeerAuthenticationMutualTLSMode.PERMISSIVE);
            });
    assertThat(Shop.stack(mesh, MutualTls.permissive(mesh, Shop.ORDERS)))
        .all(DestinationRule.class)
        .isEmpty();
  }

  @Test
  void canarySplitsTrafficBetweenServiceHostsByWeight() {
    MeshRoute canary =
        MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10)
            .withTimeout("5s")
            .withRetry(Retry.of(2, "1s"));

    assertThat(Shop.stack(mesh, canary))
        .object(VirtualService.class, "orders")
        .satisfies(
            vs -> {
              assertThat(vs.getSpec().getHosts()).containsExactly("orders.shop.svc.cluster.local");
              HTTPRoute http = vs.getSpec().getHttp().get(0);
              assertThat(http.getRoute())
                  .extracting(d -> d.getDestination().getHost(), d -> d.getWeight())
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("orders.shop.svc.cluster.local", 90),
                      org.assertj.core.groups.Tuple.tuple("orders-v2.shop.svc.cluster.local", 10));
              assertThat(http.getRoute().get(0).getDestination().getPort().getNumber())
                  .isEqualTo(80L);
              assertThat(http.getTimeout()).isEqualTo("5s");
              assertThat(http.getRetries().getAttempts()).isEqualTo(2);
              assertThat(http.getRetries().getPerTryTimeout()).isEqualTo("1s");
              assertThat(http.getRetries().getRetryOn()).isEqualTo("5xx");
            });
  }

  @Test
  void faultInjectionAbortsAndDelaysAShareOfRequests() {
    MeshRoute route =
        MeshRoute.to(mesh, Shop.ORDERS_SVC)
            .withFault(
                FaultInjection.builder()
                    .delay("2s")
                    .delayPercent(10)
                    .abortStatus(503)
                    .abortPercent(5)
                    .build());

    assertThat(Shop.stack(mesh, route))
        .object(VirtualService.class, "orders")
        .satisfies(
            vs -> {
              var fault = vs.getSpec().getHttp().get(0).getFault();
              assertThat(fault.getDelay().getPercentage().getValue()).isEqualTo(10.0);
              assertThat(fault.getAbort().getErrorType())
                  .isEqualTo(new HTTPFaultInjectionAbortHttpStatus(503));
              assertThat(dev.stackwright.core.yaml.Yaml.write(vs))
                  .contains("fixedDelay: 2s")
                  .contains("httpStatus: 503");
            });
  }

  @Test
  void circuitBreakerRendersOutlierDetectionKeepingStrictMtls() {
    MeshRoute route =
        MeshRoute.to(mesh, Shop.ORDERS_SVC)
            .withCircuitBreaker(CircuitBreaker.builder().maxConnections(100).build());

    var result =
        Synthesizer.synthesize(Shop.stack(mesh, route, MutualTls.strict(mesh, Shop.ORDERS)));

    assertThat(result)
        .object(DestinationRule.class, "orders-orders")
        .satisfies(
            dr -> {
              var policy = dr.getSpec().getTrafficPolicy();
              assertThat(dr.getSpec().getHost()).isEqualTo("orders.shop.svc.cluster.local");
              assertThat(policy.getOutlierDetection().getConsecutive5xxErrors()).isEqualTo(5);
              assertThat(policy.getOutlierDetection().getBaseEjectionTime()).isEqualTo("30s");
              assertThat(policy.getConnectionPool().getTcp().getMaxConnections()).isEqualTo(100);
              assertThat(policy.getTls().getMode())
                  .isEqualTo(ClientTLSSettingsTLSmode.ISTIO_MUTUAL);
            });
    assertThat(result.find(DestinationRule.class, "shop", "orders-mtls")).isEmpty();
  }

  @Test
  void authorizationAllowsClientPrincipalsNarrowedToPortsMethodsAndPaths() {
    MeshAuthorization authz =
        MeshAuthorization.allow(
            mesh,
            Shop.ORDERS,
            AllowRule.from(Shop.WEB).onPorts("http").forMethods("GET").onPaths("/api/*"));

    assertThat(Shop.stack(mesh, authz))
        .object(AuthorizationPolicy.class, "orders")
        .satisfies(
            ap -> {
              assertThat(ap.getSpec().getAction()).isEqualTo(AuthorizationPolicyAction.ALLOW);
              assertThat(ap.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "orders"));
              var rule = ap.getSpec().getRules().get(0);
              assertThat(rule.getFrom().get(0).getSource().getPrincipals())
                  .containsExactly("cluster.local/ns/shop/sa/web");
              var op = rule.getTo().get(0).getOperation();
              assertThat(op.getPorts()).containsExactly("8080");
              assertThat(op.getMethods()).containsExactly("GET");
              assertThat(op.getPaths()).containsExactly("/api/*");
            });
  }

  @Test
  void rulesSelectByTheSelectorLabelsAndAdmitTheServiceAccountNotTheName() {
    TestWorkload admin =
        TestWorkload.of("admin", Shop.HTTP).withNamespace("shop").withServiceAccountName("ops");
    TestWorkload billing =
        TestWorkload.of("billing", Shop.HTTP)
            .withNamespace("shop")
            .withSelectorLabels(Map.of("app", "billing", "tier", "backend"));
    var result =
        Synthesizer.synthesize(
            Shop.stack(
                mesh,
                admin,
                billing,
                MutualTls.permissive(mesh, billing),
                MeshAuthorization.allow(mesh, billing, AllowRule.from(admin))));

    assertThat(result)
        .object(AuthorizationPolicy.class, "billing")
        .satisfies(
            ap -> {
              assertThat(ap.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app", "billing", "tier", "backend"));
              assertThat(
                      ap.getSpec().getRules().get(0).getFrom().get(0).getSource().getPrincipals())
                  .containsExactly("cluster.local/ns/shop/sa/ops");
            });
    assertThat(result)
        .object(PeerAuthentication.class, "billing")
        .extracting(pa -> pa.getSpec().getSelector().getMatchLabels())
        .isEqualTo(Map.of("app", "billing", "tier", "backend"));
  }

  @Test
  void defaultDenyIsAnEmptyAuthorizationPolicy() {
    assertThat(Shop.stack(mesh, DefaultDeny.of(mesh, "shop")))
        .object(AuthorizationPolicy.class, "default-deny")
        .satisfies(
            ap -> {
              assertThat(ap.getSpec().getRules()).isNullOrEmpty();
              assertThat(ap.getSpec().getSelector()).isNull();
              assertThat(dev.stackwright.core.yaml.Yaml.write(ap)).contains("spec: {}");
            });
  }

  @Test
  void optOutLabelsTheWorkloadsPodTemplate() {
    Stack stack = Stack.builder().from(Shop.stack(mesh)).addPatch(mesh.optOut(Shop.WEB)).build();

    assertThat(stack)
        .object(Deployment.class, "web")
        .extracting(d -> d.getSpec().getTemplate().getMetadata().getLabels())
        .satisfies(labels -> assertThat(labels).containsEntry("sidecar.istio.io/inject", "false"));
  }
}
