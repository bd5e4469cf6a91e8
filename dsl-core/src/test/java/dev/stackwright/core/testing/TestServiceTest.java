package dev.stackwright.core.testing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestServiceTest {
  private final TestWorkload orders =
      TestWorkload.of("orders", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090))
          .withNamespace("shop");

  private static Stack shop(Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .defaultNamespace("shop")
        .add(components)
        .build();
  }

  @Test
  void selectsItsBackendsPodsAndTargetsTheirPortsByName() {
    TestService svc = TestService.of(orders, NamedPort.of("http", 80));

    assertThat(svc.namespace()).contains("shop");
    assertThat(shop(orders, svc))
        .object(Service.class, "shop", "orders")
        .satisfies(
            s -> {
              assertThat(s.getSpec().getSelector())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "orders"));
              assertThat(s.getSpec().getPorts())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.getName()).isEqualTo("http");
                        assertThat(p.getPort()).isEqualTo(80);
                        assertThat(p.getTargetPort()).isEqualTo(new IntOrString("http"));
                      });
            });
  }

  @Test
  void aPortTheBackendDoesNotNameTargetsItsOwnNumber() {
    TestService svc = TestService.of("orders-admin", orders, NamedPort.of("admin", 8081));

    assertThat(shop(orders, svc))
        .object(Service.class, "orders-admin")
        .extracting(s -> s.getSpec().getPorts().get(0).getTargetPort())
        .isEqualTo(new IntOrString(8081));
  }

  @Test
  void aServiceWithoutBackendHasNoSelector() {
    TestService external = TestService.withoutBackend("legacy", NamedPort.of("http", 80));

    assertThat(external.backend()).isEmpty();
    assertThat(shop(external))
        .object(Service.class, "legacy")
        .satisfies(s -> assertThat(s.getSpec().getSelector()).isNullOrEmpty());
  }

  @Test
  void aBackendOutsideTheStackIsAnError() {
    assertThat(shop(TestService.of(orders, NamedPort.of("http", 80))))
        .hasError(Rules.UNKNOWN_REFERENCE, "service orders / dependsOn[0]");
  }

  @Test
  void anOutOfRangePortIsAnError() {
    assertThat(shop(orders, TestService.of(orders, NamedPort.of("http", 0))))
        .hasError(Rules.INVALID_PORT, "service orders / servicePorts[0].port");
  }
}
