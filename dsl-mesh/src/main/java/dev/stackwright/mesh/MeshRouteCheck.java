package dev.stackwright.mesh;

import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.OptionalLong;

/** The rules a {@link MeshRoute} is checked against, every problem reported at its field. */
final class MeshRouteCheck {
  private MeshRouteCheck() {}

  static void check(MeshRoute route, SynthContext context, Checks checks) {
    checks.label("name", route.name());
    boolean linkerd = route.mesh().provider() == MeshProvider.LINKERD;
    if (route.mesh().provider() == MeshProvider.CONSUL) {
      ConsulTraffic.check(route, context, checks);
    }
    ServiceEndpoint service = route.service();
    if (!context.contains(service)) {
      checks.error(
          MeshRules.UNKNOWN_SERVICE,
          "service",
          "refers to %s, which is not part of the stack",
          context.idOf(service));
    } else if (route.portOn(service).isEmpty()) {
      checks.error(
          MeshRules.UNKNOWN_PORT,
          route.port().isPresent() ? "port" : "service",
          "service %s has no port named \"%s\"",
          service.name(),
          route.portName());
    }
    backends(route, context, checks, linkerd);
    OptionalLong timeout =
        route
            .timeout()
            .map(t -> Durations.check(checks, "timeout", t))
            .orElse(OptionalLong.empty());
    boolean gamma = route.mesh().isIstio() && route.mesh().gammaRoutes();
    if (gamma && route.retry().isPresent()) {
      checks.error(
          MeshRules.UNSUPPORTED,
          "retry",
          "Gateway API mesh routes (GAMMA) retry only in the experimental channel, and the"
              + " standard channel v1.3.0 is pinned; remove the retry or render a VirtualService"
              + " (drop withGammaRoutes())");
    }
    if (gamma && route.fault().isPresent()) {
      checks.error(
          MeshRules.UNSUPPORTED,
          "fault",
          "Gateway API mesh routes (GAMMA) have no fault injection; remove the fault or render a"
              + " VirtualService (drop withGammaRoutes())");
    }
    route.retry().ifPresent(r -> retry(r, timeout, route, checks.in("retry")));
    route
        .fault()
        .ifPresent(
            f -> {
              if (linkerd) {
                checks.error(
                    MeshRules.UNSUPPORTED,
                    "fault",
                    "linkerd has no fault injection; remove the fault or choose istio");
              }
              fault(f, checks.in("fault"));
            });
    route
        .circuitBreaker()
        .ifPresent(
            cb -> {
              if (linkerd) {
                checks.error(
                    MeshRules.UNSUPPORTED,
                    "circuitBreaker",
                    "linkerd configures circuit breaking (failure accrual) with annotations on"
                        + " the Service, which the mesh layer does not own; remove the circuit"
                        + " breaker or choose istio");
              }
              Checks at = checks.in("circuitBreaker");
              Durations.check(at, "interval", cb.interval());
              Durations.check(at, "ejectionTime", cb.ejectionTime());
              range(at, "consecutiveErrors", cb.consecutiveErrors(), 1, 1_000_000);
              range(at, "maxEjectionPercent", cb.maxEjectionPercent(), 0, 100);
              cb.maxConnections().ifPresent(n -> range(at, "maxConnections", n, 1, 1_000_000_000));
              cb.maxPendingRequests()
                  .ifPresent(n -> range(at, "maxPendingRequests", n, 1, 1_000_000_000));
            });
  }

  private static void backends(
      MeshRoute route, SynthContext context, Checks checks, boolean linkerd) {
    int total = 0;
    for (int i = 0; i < route.backends().size(); i++) {
      WeightedBackend b = route.backends().get(i);
      String field = "backends[" + i + "]";
      total += b.weight();
      range(checks, field + ".weight", b.weight(), 0, 100);
      if (!context.contains(b.service())) {
        checks.error(
            MeshRules.UNKNOWN_SERVICE,
            field + ".service",
            "refers to %s, which is not part of the stack",
            context.idOf(b.service()));
        continue;
      }
      if (b.service().backend().filter(context::contains).isEmpty()) {
        checks.error(
            MeshRules.SPLIT_NO_WORKLOAD,
            field + ".service",
            "service %s fronts no workload of the stack, so its version has no pods to receive"
                + " %d%% of the traffic",
            b.service().name(),
            b.weight());
      }
      if (route.portOn(b.service()).isEmpty()) {
        checks.error(
            MeshRules.UNKNOWN_PORT,
            field + ".service",
            "service %s has no port named \"%s\"",
            b.service().name(),
            route.portName());
      }
      if (linkerd
          && !context.namespaceOf(b.service()).equals(context.namespaceOf(route.service()))) {
        checks.error(
            MeshRules.UNSUPPORTED,
            field + ".service",
            "linkerd routes to backends in the route's namespace %s only, and %s is in %s",
            context.namespaceOf(route.service()),
            b.service().name(),
            context.namespaceOf(b.service()));
      }
    }
    if (!route.backends().isEmpty() && total != 100) {
      checks.error(
          MeshRules.SPLIT_WEIGHTS,
          "backends",
          "the weights of a split must add up to 100, they add up to %d",
          total);
    }
  }

  private static void retry(Retry retry, OptionalLong timeout, MeshRoute route, Checks checks) {
    range(checks, "attempts", retry.attempts(), 1, 100);
    if (retry.retryOn().isBlank()) {
      checks.error(MeshRules.INVALID_VALUE, "retryOn", "name the failures to retry, e.g. 5xx");
    }
    OptionalLong perTry =
        retry
            .perTryTimeout()
            .map(t -> Durations.check(checks, "perTryTimeout", t))
            .orElse(OptionalLong.empty());
    if (perTry.isPresent() && timeout.isPresent() && retry.attempts() >= 1) {
      long budget = (retry.attempts() + 1L) * perTry.getAsLong();
      if (budget > timeout.getAsLong()) {
        checks.error(
            MeshRules.RETRY_EXCEEDS_TIMEOUT,
            "",
            "the first try and %d retries of %s each take up to %dms, longer than the route's"
                + " timeout %s; lower the attempts or the per-try timeout, or raise the timeout",
            retry.attempts(),
            retry.perTryTimeout().orElse(""),
            budget,
            route.timeout().orElse(""));
      }
    }
  }

  private static void fault(FaultInjection fault, Checks checks) {
    if (fault.delay().isEmpty() && fault.abortStatus().isEmpty()) {
      checks.error(MeshRules.INVALID_VALUE, "", "a fault needs a delay, an abort status or both");
    }
    fault.delay().ifPresent(d -> Durations.check(checks, "delay", d));
    percent(checks, "delayPercent", fault.delayPercent());
    fault.abortStatus().ifPresent(s -> range(checks, "abortStatus", s, 200, 599));
    percent(checks, "abortPercent", fault.abortPercent());
  }

  private static void percent(Checks checks, String field, double value) {
    if (!(value >= 0 && value <= 100)) {
      checks.error(
          MeshRules.OUT_OF_RANGE, field, "expected a percentage from 0 to 100, was %s", value);
    }
  }

  private static void range(Checks checks, String field, long value, long min, long max) {
    if (value < min || value > max) {
      checks.error(MeshRules.OUT_OF_RANGE, field, "expected %d to %d, was %d", min, max, value);
    }
  }
}
