package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class MeshValidationTest {
  private final ServiceMesh istio = ServiceMesh.istio();
  private final ServiceMesh linkerd = ServiceMesh.linkerd();

  @Test
  void splitWeightsMustAddUpTo100() {
    MeshRoute split =
        MeshRoute.builder()
            .name("orders")
            .mesh(istio)
            .service(Shop.ORDERS_SVC)
            .addBackend(WeightedBackend.of(Shop.ORDERS_SVC, 80))
            .addBackend(WeightedBackend.of(Shop.ORDERS_V2_SVC, 30))
            .build();

    assertThat(Shop.stack(istio, split))
        .hasError(MeshRules.SPLIT_WEIGHTS, "stack shop / mesh-route orders / backends");
  }

  @Test
  void splitToAServiceWithoutWorkloadIsAnError() {
    TestService orphan =
        TestService.withoutBackend("orders-v3", NamedPort.of("http", 80)).withNamespace("shop");

    assertThat(
            Stack.builder()
                .from(
                    Shop.stack(
                        istio, MeshRoute.canary(istio, "orders", Shop.ORDERS_SVC, orphan, 10)))
                .addComponent(orphan)
                .build())
        .hasError(MeshRules.SPLIT_NO_WORKLOAD, "mesh-route orders / backends[1].service");
  }

  @Test
  void splitToAServiceOutsideTheStackIsAnError() {
    TestService elsewhere =
        TestService.of(
            "payments",
            TestWorkload.of("payments", Shop.HTTP).withNamespace("shop"),
            NamedPort.of("http", 80));

    assertThat(Shop.stack(istio, MeshRoute.canary(istio, "orders", Shop.ORDERS_SVC, elsewhere, 5)))
        .hasError(MeshRules.UNKNOWN_SERVICE, "mesh-route orders / backends[1].service");
  }

  @Test
  void authorizationNamingAnUnknownWorkloadIsAnError() {
    TestWorkload stranger = TestWorkload.of("stranger", Shop.HTTP).withNamespace("shop");

    assertThat(
            Shop.stack(
                istio, MeshAuthorization.allow(istio, Shop.ORDERS, AllowRule.from(stranger))))
        .hasError(MeshRules.UNKNOWN_WORKLOAD, "mesh-authorization orders / rules[0] / sources[0]");
  }

  @Test
  void authorizationPortsMethodsAndPathsAreChecked() {
    AllowRule rule = AllowRule.from(Shop.WEB).onPorts("grpc").forMethods("get").onPaths("api/*/x");

    assertThat(Shop.stack(istio, MeshAuthorization.allow(istio, Shop.ORDERS, rule)))
        .hasError(MeshRules.UNKNOWN_PORT, "rules[0] / ports[0]")
        .hasError(MeshRules.INVALID_MATCH, "rules[0] / methods[0]")
        .hasError(MeshRules.INVALID_MATCH, "rules[0] / paths[0]");
  }

  @Test
  void authorizationWithoutRulesIsAnError() {
    assertThat(
            Shop.stack(istio, MeshAuthorization.builder().mesh(istio).target(Shop.ORDERS).build()))
        .hasError(MeshRules.EMPTY_RULE, "mesh-authorization orders / rules");
  }

  @Test
  void retryBudgetLongerThanTheTimeoutIsAnError() {
    MeshRoute route =
        MeshRoute.to(istio, Shop.ORDERS_SVC).withTimeout("2s").withRetry(Retry.of(3, "1s"));

    assertThat(Shop.stack(istio, route))
        .hasError(MeshRules.RETRY_EXCEEDS_TIMEOUT, "mesh-route orders / retry");
  }

  @Test
  void malformedDurationsAndPercentagesAreErrors() {
    MeshRoute route =
        MeshRoute.to(istio, Shop.ORDERS_SVC)
            .withTimeout("5 seconds")
            .withFault(FaultInjection.abort(503, 150));

    assertThat(Shop.stack(istio, route))
        .hasError(MeshRules.INVALID_DURATION, "mesh-route orders / timeout")
        .hasError(MeshRules.OUT_OF_RANGE, "mesh-route orders / fault / abortPercent");
  }

  @Test
  void mtlsNamingBothANamespaceAndAWorkloadIsAnError() {
    MutualTls both =
        MutualTls.builder().mesh(istio).workload(Shop.WEB).targetNamespace("shop").build();

    assertThat(Shop.stack(istio, both))
        .hasError(MeshRules.SCOPE, "mesh-mtls web / targetNamespace");
  }

  @Test
  void membershipOfAnUndeclaredNamespaceIsAnError() {
    assertThat(Shop.stack(istio, MeshMembership.of(istio, "billing")))
        .hasError(MeshRules.UNKNOWN_NAMESPACE, "mesh-membership members / namespaces[0]");
  }

  @Test
  void linkerdMemberNamespaceWithoutTheAnnotationIsAnError() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .add(linkerd, MeshMembership.of(linkerd, "shop"))
            .build();

    assertThat(stack)
        .hasError(MeshRules.NAMESPACE_NOT_ANNOTATED, "mesh-membership members / namespaces[0]");
  }

  @Test
  void sidecarsWithoutCniInARestrictedNamespaceAreWarnedAbout() {
    ServiceMesh mesh =
        ServiceMesh.istio().install(ControlPlane.builder().cni(false).namespace("shop").build());

    assertThat(Shop.stack(mesh, MeshMembership.of(mesh, "shop")))
        .hasWarning(MeshRules.REQUIRES_CNI, "namespaces[0]");
  }

  @Test
  void featuresLinkerdCannotExpressAreErrorsNotDroppedRules() {
    TestWorkload payments = TestWorkload.of("payments", Shop.HTTP).withNamespace("pay");
    TestService paymentsSvc = TestService.of("payments", payments, NamedPort.of("http", 80));
    MeshRoute route =
        MeshRoute.canary(linkerd, "orders", Shop.ORDERS_SVC, paymentsSvc, 10)
            .withFault(FaultInjection.delay("1s", 10))
            .withCircuitBreaker(CircuitBreaker.defaults());
    Stack stack =
        Stack.builder()
            .from(Shop.stack(linkerd, route))
            .addNamespace(linkerd.namespace("pay"))
            .add(payments, paymentsSvc)
            .build();

    assertThat(stack)
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / fault")
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / circuitBreaker")
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / backends[1].service");
  }

  @Test
  void linkerdControlPlaneTracingIsUnsupported() {
    ServiceMesh mesh =
        ServiceMesh.linkerd().install(ControlPlane.builder().tracingCollector("collector").build());

    assertThat(Shop.stack(mesh))
        .hasError(MeshRules.UNSUPPORTED, "mesh linkerd / controlPlane / tracingSamplingPercent")
        .hasError(MeshRules.INVALID_VALUE, "mesh linkerd / controlPlane / tracingCollector");
  }

  @Test
  void twoMeshesInOneStackIsAnError() {
    assertThat(Shop.stack(istio, linkerd)).hasError(MeshRules.MULTIPLE_MESHES, "mesh linkerd");
  }

  @Test
  void everyMistakeIsReportedTogether() {
    TestWorkload stranger = TestWorkload.of("stranger", Shop.HTTP).withNamespace("shop");
    MeshRoute badSplit =
        MeshRoute.builder()
            .name("orders")
            .mesh(istio)
            .service(Shop.ORDERS_SVC)
            .addBackend(WeightedBackend.of(Shop.ORDERS_SVC, 50))
            .addBackend(WeightedBackend.of(Shop.ORDERS_V2_SVC, 40))
            .timeout("1s")
            .retry(Retry.of(4, "1s"))
            .build();

    assertThat(
            Shop.stack(
                istio,
                badSplit,
                MeshAuthorization.allow(istio, Shop.ORDERS, AllowRule.from(stranger)),
                MeshMembership.of(istio, "billing")))
        .isNotOk()
        .hasError(MeshRules.SPLIT_WEIGHTS, "mesh-route orders / backends")
        .hasError(MeshRules.RETRY_EXCEEDS_TIMEOUT, "mesh-route orders / retry")
        .hasError(MeshRules.UNKNOWN_WORKLOAD, "rules[0] / sources[0]")
        .hasError(MeshRules.UNKNOWN_NAMESPACE, "namespaces[0]");
  }
}
