package dev.stackwright.network;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An existing Gateway, typically shared and owned by the platform team, that HTTPRoutes attach to
 * instead of a Gateway of their own: an HTTPRoute {@code parentRef}.
 */
@Value.Immutable
@StackwrightStyle
public interface GatewayRef {

  /** The Gateway's name. */
  @Value.Parameter
  String name();

  /** The Gateway's namespace; the routes' own when absent. */
  Optional<String> namespace();

  /** The listener to attach to; every listener that accepts the routes when absent. */
  Optional<String> sectionName();

  /** A builder for every field. */
  static Builder builder() {
    return new Builder();
  }

  /** The Gateway {@code name} in {@code namespace}. */
  static GatewayRef of(String name, String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /** Builds a {@link GatewayRef}. */
  class Builder extends ImmutableGatewayRef.Builder {}
}
