package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the mesh handles requests to one service: split between versions (a canary), retried, timed
 * out, circuit-broken and, for tests, faulted.
 *
 * <p>Istio: a VirtualService for the service's host with weighted destinations, retries, timeout
 * and faults, plus a DestinationRule per backend for circuit breaking. Linkerd: a Gateway API
 * HTTPRoute (gateway.networking.k8s.io/v1) whose parent is the service, with weighted backendRefs
 * and Linkerd's retry and timeout annotations; fault injection and circuit breaking are errors.
 *
 * <pre>{@code
 * MeshRoute.canary(mesh, "web", webStable, webCanary, 10)
 *     .withTimeout("5s").withRetry(Retry.of(2, "1s"));
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class MeshRoute implements MeshPolicy, TopologySource {

  @Override
  public abstract String name();

  @Override
  public abstract ServiceMesh mesh();

  /** The service clients call. */
  public abstract ServiceEndpoint service();

  /**
   * Where the requests go, by weight; everything to {@link #service()} when empty. Each backend is
   * a service fronting one version's pods.
   */
  public abstract List<WeightedBackend> backends();

  /** The service port routed, by name; the service's first port when empty. */
  public abstract Optional<String> port();

  /** The time limit of a whole request, retries included, such as {@code 10s}. */
  public abstract Optional<String> timeout();

  /** How failed requests are retried; not at all when empty. */
  public abstract Optional<Retry> retry();

  /** Faults injected for testing (Istio only). */
  public abstract Optional<FaultInjection> fault();

  /** Outlier detection and connection limits for the backends (Istio only). */
  public abstract Optional<CircuitBreaker> circuitBreaker();

  @Override
  public String kind() {
    return "mesh-route";
  }

  @Override
  public Optional<String> namespace() {
    return service().namespace();
  }

  /**
   * A canary: {@code canaryPercent} percent of the requests to {@code stable} go to {@code canary}.
   */
  public static MeshRoute canary(
      ServiceMesh mesh,
      String name,
      ServiceEndpoint stable,
      ServiceEndpoint canary,
      int canaryPercent) {
    return builder()
        .name(name)
        .mesh(mesh)
        .service(stable)
        .addBackend(WeightedBackend.of(stable, 100 - canaryPercent))
        .addBackend(WeightedBackend.of(canary, canaryPercent))
        .build();
  }

  /** Routing for {@code service} alone, to add retries, timeouts or circuit breaking to. */
  public static MeshRoute to(ServiceMesh mesh, ServiceEndpoint service) {
    return builder().name(service.name()).mesh(mesh).service(service).build();
  }

  /** A builder for a mesh route. */
  public static Builder builder() {
    return new Builder();
  }

  /** This route with a request timeout. */
  public abstract MeshRoute withTimeout(String timeout);

  /** This route with retries. */
  public abstract MeshRoute withRetry(Retry retry);

  /** This route with circuit breaking. */
  public abstract MeshRoute withCircuitBreaker(CircuitBreaker breaker);

  /** This route with fault injection. */
  public abstract MeshRoute withFault(FaultInjection fault);

  /** Arrows from the routed service to each backend, labelled with its share of the traffic. */
  @Override
  public List<Edge> edges(SynthContext context) {
    List<Edge> edges = new ArrayList<>();
    for (WeightedBackend b : effectiveBackends()) {
      edges.add(
          new Edge(
              context.idOf(this), context.idOf(b.service()), b.weight() + "%", Edge.Style.TRAFFIC));
    }
    return edges;
  }

  /** The backends in effect: the weighted ones, or the service itself. */
  @Value.Lazy
  public List<WeightedBackend> effectiveBackends() {
    return backends().isEmpty() ? List.of(WeightedBackend.of(service(), 100)) : backends();
  }

  /** The name of the routed port. */
  String portName() {
    return port()
        .orElseGet(
            () -> service().servicePorts().isEmpty() ? "" : service().servicePorts().get(0).name());
  }

  /** The number of the routed port on {@code service}. */
  Optional<Integer> portOn(ServiceEndpoint service) {
    String name = portName();
    return service.servicePorts().stream()
        .filter(p -> p.name().equals(name))
        .map(NamedPort::port)
        .findFirst();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    MeshRouteCheck.check(this, context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (mesh().provider()) {
      case ISTIO -> IstioTraffic.render(context, this);
      case LINKERD -> List.of(LinkerdTraffic.render(context, this));
      case CONSUL -> ConsulTraffic.render(context, this);
    };
  }

  /** Builds a {@link MeshRoute}. */
  public static class Builder extends ImmutableMeshRoute.Builder {}
}
