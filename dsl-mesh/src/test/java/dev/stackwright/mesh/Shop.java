package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.testing.TestWorkload;
import java.util.List;

/** A small shop: web calls orders; orders has a stable and a canary version behind services. */
final class Shop {
  static final NamedPort HTTP = NamedPort.of("http", 8080);
  static final NamedPort METRICS = NamedPort.of("metrics", 9090);

  static final TestWorkload WEB = TestWorkload.of("web", HTTP).withNamespace("shop");
  static final TestWorkload ORDERS = TestWorkload.of("orders", HTTP, METRICS).withNamespace("shop");
  static final TestWorkload ORDERS_V2 =
      TestWorkload.of("orders-v2", HTTP, METRICS).withNamespace("shop");
  static final TestService ORDERS_SVC = TestService.of("orders", ORDERS, NamedPort.of("http", 80));
  static final TestService ORDERS_V2_SVC =
      TestService.of("orders-v2", ORDERS_V2, NamedPort.of("http", 80));

  private Shop() {}

  /** The shop's namespace and workloads, plus {@code extra} components, for {@code mesh}. */
  static Stack stack(ServiceMesh mesh, Component... extra) {
    return Stack.builder()
        .name("shop")
        .addNamespace(mesh.namespace("shop"))
        .add(mesh.components())
        .add(WEB, ORDERS, ORDERS_V2, ORDERS_SVC, ORDERS_V2_SVC)
        .add(List.of(extra))
        .build();
  }
}
