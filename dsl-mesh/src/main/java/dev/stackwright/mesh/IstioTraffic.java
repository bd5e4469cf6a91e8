package dev.stackwright.mesh;

import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.istio.api.api.networking.v1alpha3.ConnectionPoolSettingsBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjection;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionAbortBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionAbortHttpStatus;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionDelayBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPFaultInjectionDelayFixedDelay;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPRetryBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPRouteBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPRouteDestinationBuilder;
import io.fabric8.istio.api.api.networking.v1alpha3.Percent;
import io.fabric8.istio.api.api.networking.v1alpha3.TrafficPolicy;
import io.fabric8.istio.api.api.networking.v1alpha3.TrafficPolicyBuilder;
import io.fabric8.istio.api.networking.v1.DestinationRuleBuilder;
import io.fabric8.istio.api.networking.v1.VirtualServiceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link MeshRoute} as an Istio VirtualService and circuit-breaking DestinationRules. */
final class IstioTraffic {
  private IstioTraffic() {}

  static List<HasMetadata> render(SynthContext context, MeshRoute route) {
    HTTPRouteBuilder http = new HTTPRouteBuilder().withName(route.portName());
    for (WeightedBackend b : route.effectiveBackends()) {
      http.addToRoute(
          new HTTPRouteDestinationBuilder()
              .withNewDestination()
              .withHost(MeshNames.fqdn(context, b.service()))
              .withNewPort()
              .withNumber(route.portOn(b.service()).orElse(0).longValue())
              .endPort()
              .endDestination()
              .withWeight(b.weight())
              .build());
    }
    route.timeout().ifPresent(http::withTimeout);
    route
        .retry()
        .ifPresent(
            r -> {
              HTTPRetryBuilder retries =
                  new HTTPRetryBuilder().withAttempts(r.attempts()).withRetryOn(r.retryOn());
              r.perTryTimeout().ifPresent(retries::withPerTryTimeout);
              http.withRetries(retries.build());
            });
    route.fault().ifPresent(f -> http.withFault(fault(f)));

    List<HasMetadata> out = new ArrayList<>();
    if (route.mesh().gammaRoutes()) {
      out.add(GammaRoutes.istio(context, route));
    } else {
      out.add(
          new VirtualServiceBuilder()
              .withMetadata(context.metadata(route).build())
              .withNewSpec()
              .addToHosts(MeshNames.fqdn(context, route.service()))
              .addToHttp(http.build())
              .endSpec()
              .build());
    }
    route
        .circuitBreaker()
        .ifPresent(
            cb -> {
              for (WeightedBackend b : route.effectiveBackends()) {
                out.add(destinationRule(context, route, b.service(), cb));
              }
            });
    return out;
  }

  private static HasMetadata destinationRule(
      SynthContext context, MeshRoute route, ServiceEndpoint service, CircuitBreaker cb) {
    TrafficPolicyBuilder policy =
        new TrafficPolicyBuilder()
            .withNewOutlierDetection()
            .withConsecutive5xxErrors(cb.consecutiveErrors())
            .withInterval(cb.interval())
            .withBaseEjectionTime(cb.ejectionTime())
            .withMaxEjectionPercent(cb.maxEjectionPercent())
            .endOutlierDetection();
    if (cb.maxConnections().isPresent() || cb.maxPendingRequests().isPresent()) {
      ConnectionPoolSettingsBuilder pool = new ConnectionPoolSettingsBuilder();
      cb.maxConnections().ifPresent(n -> pool.withNewTcp().withMaxConnections(n).endTcp());
      cb.maxPendingRequests()
          .ifPresent(n -> pool.withNewHttp().withHttp1MaxPendingRequests(n).endHttp());
      policy.withConnectionPool(pool.build());
    }
    boolean strict =
        service
            .backend()
            .flatMap(pods -> IstioMtls.modeOf(context, pods))
            .map(m -> m == MtlsMode.STRICT)
            .orElse(false);
    if (strict) {
      TrafficPolicy mutual = IstioMtls.mutual();
      policy.withTls(mutual.getTls());
    }
    return new DestinationRuleBuilder()
        .withMetadata(
            context
                .metadata(route, route.name() + "-" + service.name())
                .withNamespace(context.namespaceOf(service))
                .build())
        .withNewSpec()
        .withHost(MeshNames.fqdn(context, service))
        .withTrafficPolicy(policy.build())
        .endSpec()
        .build();
  }

  private static HTTPFaultInjection fault(FaultInjection f) {
    HTTPFaultInjectionBuilder fault = new HTTPFaultInjectionBuilder();
    f.delay()
        .ifPresent(
            d ->
                fault.withDelay(
                    new HTTPFaultInjectionDelayBuilder()
                        .withPercentage(new Percent(f.delayPercent()))
                        .withHttpDelayType(new HTTPFaultInjectionDelayFixedDelay(d))
                        .build()));
    f.abortStatus()
        .ifPresent(
            s ->
                fault.withAbort(
                    new HTTPFaultInjectionAbortBuilder()
                        .withPercentage(new Percent(f.abortPercent()))
                        .withErrorType(new HTTPFaultInjectionAbortHttpStatus(s))
                        .build()));
    return fault.build();
  }
}
