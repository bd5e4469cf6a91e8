package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

/** What Consul cannot express is an error at the field, naming what to do instead. */
class ConsulValidationTest {
  private final ServiceMesh mesh = ServiceMesh.consul();

  @Test
  void splitterWeightsThatDoNotAddUpAreAnError() {
    MeshRoute route =
        MeshRoute.builder()
            .name("orders")
            .mesh(mesh)
            .service(Shop.ORDERS_SVC)
            .addBackend(WeightedBackend.of(Shop.ORDERS_SVC, 80))
            .addBackend(WeightedBackend.of(Shop.ORDERS_V2_SVC, 10))
            .build();

    assertThat(ConsulRenderingTest.stack(mesh, route))
        .hasError(MeshRules.SPLIT_WEIGHTS, "stack shop / mesh-route orders / backends");
  }

  @Test
  void faultsCircuitBreakersAndPerTryTimeoutsAreErrors() {
    MeshRoute route =
        MeshRoute.to(mesh, Shop.ORDERS_SVC)
            .withFault(FaultInjection.abort(503, 10))
            .withCircuitBreaker(CircuitBreaker.builder().build())
            .withRetry(Retry.of(2, "1s"));

    assertThat(ConsulRenderingTest.stack(mesh, route))
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / fault", "consul")
        .hasError(MeshRules.UNSUPPORTED, "mesh-route orders / circuitBreaker", "consul")
        .hasError(
            MeshRules.UNSUPPORTED,
            "mesh-route orders / retry.perTryTimeout",
            "Retry.builder().attempts(2).build()");
  }

  @Test
  void routeOnATcpServiceIsAnError() {
    TestWorkload db = TestWorkload.of("db", NamedPort.of("postgres", 5432)).withNamespace("shop");
    TestService dbSvc = TestService.of("db", db, NamedPort.of("postgres", 5432));

    assertThat(
            ConsulRenderingTest.stack(mesh, db, dbSvc, MeshRoute.to(mesh, dbSvc).withTimeout("5s")))
        .hasError(MeshRules.UNSUPPORTED, "mesh-route db / service", "name that port http");
  }

  @Test
  void intentionsOnPortsAreAnError() {
    MeshAuthorization auth =
        MeshAuthorization.allow(mesh, Shop.ORDERS, AllowRule.from(Shop.WEB).onPorts("http"));

    assertThat(ConsulRenderingTest.stack(mesh, auth))
        .hasError(MeshRules.UNSUPPORTED, "mesh-authorization orders / rules[0] / ports");
  }

  @Test
  void clientWithoutAServiceHasNoConsulNameAndIsAnError() {
    MeshAuthorization auth = MeshAuthorization.allow(mesh, Shop.ORDERS, AllowRule.from(Shop.WEB));

    assertThat(Shop.stack(mesh, auth))
        .hasError(MeshRules.UNKNOWN_SERVICE, "mesh-authorization orders / rules[0] / sources[0]");
  }

  @Test
  void methodsOnATcpServiceAreAnError() {
    TestWorkload db = TestWorkload.of("db", NamedPort.of("postgres", 5432)).withNamespace("shop");
    TestService dbSvc = TestService.of("db", db, NamedPort.of("postgres", 5432));
    MeshAuthorization auth =
        MeshAuthorization.allow(mesh, db, AllowRule.from(Shop.WEB).forMethods("GET"));

    assertThat(ConsulRenderingTest.stack(mesh, db, dbSvc, auth))
        .hasError(MeshRules.UNSUPPORTED, "mesh-authorization db / rules", "name that port http");
  }

  @Test
  void tracingOnTheConsulControlPlaneIsAnError() {
    ServiceMesh traced =
        ServiceMesh.consul().install(ControlPlane.builder().tracingSamplingPercent(10.0).build());

    assertThat(ConsulRenderingTest.stack(traced))
        .hasError(MeshRules.UNSUPPORTED, "mesh consul / controlPlane / tracingSamplingPercent");
  }
}
