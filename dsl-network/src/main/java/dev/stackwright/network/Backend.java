package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a {@link Route} sends requests: a {@link Service} of the stack and one of its ports, by
 * name or number, with a weight when traffic is split between several backends.
 */
@Value.Immutable
@StackwrightStyle
public interface Backend {

  /** The service; it must be part of the stack, in the routes' namespace. */
  @Value.Parameter
  Service service();

  /** The service port, by name ({@code http}) or number ({@code 80}). */
  @Value.Parameter
  String port();

  /** The share of traffic relative to the other backends (0..1000000); 1 when absent. */
  Optional<Integer> weight();

  /** Port {@code port} of {@code service}. */
  static Backend of(Service service, String port) {
    return ImmutableBackend.of(service, port);
  }

  /** Port {@code port} of {@code service} with weight {@code weight}, for a traffic split. */
  static Backend weighted(Service service, String port, int weight) {
    return ImmutableBackend.builder().service(service).port(port).weight(weight).build();
  }
}
