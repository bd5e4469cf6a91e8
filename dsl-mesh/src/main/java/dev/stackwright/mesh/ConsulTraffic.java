package dev.stackwright.mesh;

import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link MeshRoute} for Consul: a {@code ServiceSplitter} named after the routed service
 * for the weighted backends (each backend a Consul service of its own), and a {@code ServiceRouter}
 * for the timeout and retries, whose destination applies to the whole route before the split. No
 * {@code ServiceResolver} is needed: versions are services, not subsets. Consul routes and splits
 * HTTP services only (their {@code ServiceDefaults} protocol, which the {@link ServiceMesh} renders
 * from the service's first port).
 */
final class ConsulTraffic {
  private ConsulTraffic() {}

  /** Reports what Consul cannot express of {@code route}. */
  static void check(MeshRoute route, SynthContext context, Checks checks) {
    route
        .fault()
        .ifPresent(
            f ->
                checks.error(
                    MeshRules.UNSUPPORTED,
                    "fault",
                    "consul has no fault injection; remove the fault or choose istio"));
    route
        .circuitBreaker()
        .ifPresent(
            cb ->
                checks.error(
                    MeshRules.UNSUPPORTED,
                    "circuitBreaker",
                    "consul sets circuit breaking per caller (upstreamConfig of the caller's"
                        + " ServiceDefaults), which a route of the called service does not name;"
                        + " remove the circuit breaker or choose istio"));
    route
        .retry()
        .filter(r -> r.perTryTimeout().isPresent())
        .ifPresent(
            r ->
                checks.error(
                    MeshRules.UNSUPPORTED,
                    "retry.perTryTimeout",
                    "consul's ServiceRouter has no per-try timeout (only the route's timeout);"
                        + " build the retry without it: Retry.builder().attempts(%d).build()",
                    r.attempts()));
    http(route.service(), context, checks, "service");
    for (int i = 0; i < route.backends().size(); i++) {
      http(route.backends().get(i).service(), context, checks, "backends[" + i + "].service");
    }
  }

  private static void http(ServiceEndpoint s, SynthContext context, Checks checks, String field) {
    if (context.contains(s) && !ConsulNames.speaksHttp(ConsulNames.protocol(s))) {
      checks.error(
          MeshRules.UNSUPPORTED,
          field,
          "consul routes and splits HTTP services only, and service %s is tcp (its first port"
              + " \"%s\" says the protocol); name that port http, http2 or grpc",
          s.name(),
          s.servicePorts().isEmpty() ? "" : s.servicePorts().get(0).name());
    }
  }

  static List<HasMetadata> render(SynthContext context, MeshRoute route) {
    List<HasMetadata> out = new ArrayList<>();
    String name = route.service().name();
    if (route.timeout().isPresent() || route.retry().isPresent()) {
      Map<String, Object> destination = new LinkedHashMap<>();
      route.timeout().ifPresent(t -> destination.put("requestTimeout", t));
      route
          .retry()
          .ifPresent(
              r -> {
                destination.put("numRetries", r.attempts());
                destination.put("retryOn", List.of(r.retryOn()));
              });
      Map<String, Object> match = Map.of("http", Map.of("pathPrefix", "/"));
      Map<String, Object> spec =
          Map.of("routes", List.of(Map.of("match", match, "destination", destination)));
      out.add(ConsulApi.resource("ServiceRouter", context.metadata(route, name).build(), spec));
    }
    if (!route.backends().isEmpty()) {
      List<Object> splits = new ArrayList<>();
      for (WeightedBackend b : route.backends()) {
        splits.add(Map.of("weight", b.weight(), "service", b.service().name()));
      }
      out.add(
          ConsulApi.resource(
              "ServiceSplitter", context.metadata(route, name).build(), Map.of("splits", splits)));
    }
    return out;
  }
}
