package dev.stackwright.core.pod;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PortRef;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.IntOrString;

/** The pod model's checks of port references ({@link PortRef}) in probes and lifecycle hooks. */
final class Ports {
  private Ports() {}

  static boolean isNumber(String port) {
    return PortRef.of(port).isNumber();
  }

  static int number(String port) {
    return PortRef.of(port).number();
  }

  static IntOrString intOrString(String port) {
    return PortRef.of(port).toIntOrString();
  }

  /** Checks that {@code port} is a valid number, or a name {@code container} declares. */
  static void checkReference(Checks checks, String field, String port, Container container) {
    if (isNumber(port)) {
      checks.port(field, Integer.parseInt(port));
      return;
    }
    for (NamedPort p : container.ports()) {
      if (p.name().equals(port)) {
        return;
      }
    }
    checks.error(
        PodRules.UNKNOWN_PORT,
        field,
        "refers to port \"%s\", which container %s does not declare (it declares %s)",
        port,
        container.name(),
        container.ports().isEmpty()
            ? "no ports"
            : container.ports().stream().map(NamedPort::name).toList());
  }
}
