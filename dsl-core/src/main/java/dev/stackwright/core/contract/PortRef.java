package dev.stackwright.core.contract;

import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a port by name ({@code http}) or by number ({@code 8080}), parsed once for every
 * layer: probes, hooks, service targets, policy ports, mesh rules and addresses all read a port
 * string through it. A text of digits only is a number (one too long for a port reads as 0, which
 * no port check accepts); anything else is a name.
 *
 * @param text the port as written
 */
public record PortRef(String text) {

  /** A reference from its text: a name, or a number when it is all digits. */
  public static PortRef of(String nameOrNumber) {
    return new PortRef(nameOrNumber == null ? "" : nameOrNumber);
  }

  /** A reference to port {@code number}. */
  public static PortRef of(int number) {
    return new PortRef(String.valueOf(number));
  }

  /** Whether the reference is a number (digits only) rather than a name. */
  public boolean isNumber() {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number; 0 when the reference is a name or too long to be a port. */
  public int number() {
    return isNumber() && text.length() <= 5 ? Integer.parseInt(text) : 0;
  }

  /** The Kubernetes form: an integer for a number, a string for a name. */
  public IntOrString toIntOrString() {
    return isNumber() ? new IntOrString(number()) : new IntOrString(text);
  }

  /** The port of {@code ports} with this name, or with this number when it is one. */
  public Optional<NamedPort> in(List<NamedPort> ports) {
    boolean number = isNumber();
    int value = number();
    for (NamedPort p : ports) {
      if (p.name().equals(text) || (number && p.port() == value)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
