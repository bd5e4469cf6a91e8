package dev.stackwright.network;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.synth.SynthContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which route first claims each host and path on each router, across every {@link HttpRoutes} of a
 * stack in declaration order: one pass over the routes, then a lookup per route.
 */
final class RouteClaims {

  /** The first claimant of a host and path: a routes component and the route's index in it. */
  record Claim(ComponentId owner, int index) {}

  private final Map<String, Claim> first = new HashMap<>();

  private RouteClaims(SynthContext context) {
    for (HttpRoutes routes : context.componentsOf(HttpRoutes.class)) {
      ComponentId id = context.idOf(routes);
      String router = routes.router(context);
      List<Route> list = routes.routes();
      for (int i = 0; i < list.size(); i++) {
        first.putIfAbsent(router + " " + list.get(i).claim(), new Claim(id, i));
      }
    }
  }

  /** The index for the stack of {@code context}. */
  static RouteClaims of(SynthContext context) {
    return context.index(RouteClaims.class, RouteClaims::new);
  }

  /** The first route claiming what {@code route} of {@code routes} claims. */
  Claim firstClaim(SynthContext context, HttpRoutes routes, Route route) {
    return first.get(routes.router(context) + " " + route.claim());
  }
}
