package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A stable name and address for a set of pods, or an alias for an outside host: synthesizes into a
 * Kubernetes Service. Built from a {@link PodSet}, it derives its selector from the pod set's
 * labels and its target ports from the pod set's named ports, so it cannot drift from the workload.
 *
 * <pre>{@code
 * Service api = Service.of(apiWorkload);                    // every named port, same number
 * Service web = Service.builder(webWorkload)
 *     .addPort(ExposedPort.of(80, "http"))                  // port 80 -> container port "http"
 *     .type(ServiceType.LOAD_BALANCER)
 *     .addLoadBalancerSourceRange("203.0.113.0/24")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Service implements ServiceEndpoint {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The pods the service sends traffic to; absent for an external name or a bare selector. */
  public abstract Optional<PodSet> target();

  /**
   * A selector to use instead of the target's labels; it must match at least one pod set of the
   * stack. Needed only for services that select pods they do not name.
   */
  public abstract Map<String, String> selector();

  /** How the service is reached; {@code ClusterIP} by default. */
  @Value.Default
  public ServiceType type() {
    return ServiceType.CLUSTER_IP;
  }

  /** The ports; when empty, every named port of the target on its own number. */
  public abstract List<ExposedPort> ports();

  /** The outside host an {@link ServiceType#EXTERNAL_NAME} service aliases. */
  public abstract Optional<String> externalName();

  /** Extra labels on the Service. */
  public abstract Map<String, String> labels();

  /** Annotations on the Service, such as a cloud provider's load balancer settings. */
  public abstract Map<String, String> annotations();

  /** Client ranges a load balancer accepts (CIDRs); everyone when empty. */
  public abstract List<String> loadBalancerSourceRanges();

  /** The load balancer implementation to use, when the cluster has several. */
  public abstract Optional<String> loadBalancerClass();

  /** Where external traffic may go; the Kubernetes default ({@code Cluster}) when absent. */
  public abstract Optional<TrafficPolicy> externalTrafficPolicy();

  /** Whether a client's connections stick to one pod; {@code None} by default. */
  @Value.Default
  public SessionAffinity sessionAffinity() {
    return SessionAffinity.NONE;
  }

  /** How long client-IP affinity lasts; the Kubernetes default (3 hours) when absent. */
  public abstract Optional<Integer> sessionAffinityTimeoutSeconds();

  /**
   * Whether DNS lists pods before they are ready, as StatefulSet peers discovering each other need.
   */
  @Value.Default
  public boolean publishNotReadyAddresses() {
    return false;
  }

  @Override
  public String kind() {
    return "service";
  }

  @Override
  public Layer layer() {
    return Layer.NETWORK;
  }

  @Override
  public List<Component> dependsOn() {
    return target().<List<Component>>map(List::of).orElse(List.of());
  }

  /** The ports in effect: {@link #ports()}, or every named port of the target. */
  @Value.Lazy
  public List<ExposedPort> exposedPorts() {
    if (!ports().isEmpty() || target().isEmpty()) {
      return ports();
    }
    List<ExposedPort> derived = new ArrayList<>();
    for (NamedPort p : target().get().ports()) {
      derived.add(
          ExposedPort.builder().port(p.port()).target(p.name()).protocol(p.protocol()).build());
    }
    return List.copyOf(derived);
  }

  @Override
  public Optional<PodSet> backend() {
    return target();
  }

  @Override
  @Value.Lazy
  public List<NamedPort> servicePorts() {
    List<NamedPort> ports = new ArrayList<>();
    for (ExposedPort p : exposedPorts()) {
      String protocol =
          p.protocol()
              .or(() -> target().flatMap(t -> t.port(p.target())).map(NamedPort::protocol))
              .orElse("TCP");
      ports.add(NamedPort.of(portName(p), p.port(), protocol));
    }
    return List.copyOf(ports);
  }

  /** The service port named, or numbered, {@code nameOrNumber}. */
  public Optional<ExposedPort> exposedPort(String nameOrNumber) {
    for (ExposedPort p : exposedPorts()) {
      if (portName(p).equals(nameOrNumber) || String.valueOf(p.port()).equals(nameOrNumber)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The name the service port {@code port} gets in the Service. */
  public String portName(ExposedPort port) {
    if (port.name().isPresent()) {
      return port.name().get();
    }
    if (!port.targetIsNumber()) {
      return port.target();
    }
    return target()
        .flatMap(t -> t.port(port.target()))
        .map(NamedPort::name)
        .orElse("port-" + port.port());
  }

  /** The labels that select the service's pods. */
  public Map<String, String> effectiveSelector() {
    if (!selector().isEmpty()) {
      return selector();
    }
    return target().map(PodSet::selectorLabels).orElse(Map.of());
  }

  /** A ClusterIP service for {@code pods}, exposing every named port on its own number. */
  public static Service of(PodSet pods) {
    return builder(pods).build();
  }

  /** A headless service for {@code pods} (a StatefulSet's stable per-replica DNS names). */
  public static Service headless(PodSet pods) {
    return builder(pods).type(ServiceType.HEADLESS).build();
  }

  /** A service called {@code name} that aliases the outside host {@code host}. */
  public static Service externalName(String name, String host) {
    return builder().name(name).type(ServiceType.EXTERNAL_NAME).externalName(host).build();
  }

  /** A builder for a service of {@code pods}, with their name and namespace. */
  public static Builder builder(PodSet pods) {
    Builder b = builder();
    b.name(pods.name()).target(pods);
    pods.namespace().ifPresent(b::namespace);
    return b;
  }

  /** A builder for a service. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    ServiceChecks.validate(this, context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    ObjectMetaBuilder meta = context.metadata(this).addToLabels(new TreeMap<>(labels()));
    if (!annotations().isEmpty()) {
      meta.withAnnotations(new TreeMap<>(annotations()));
    }
    ServiceSpecBuilder spec = new ServiceSpecBuilder().withType(type().kubernetesType());
    if (type() == ServiceType.EXTERNAL_NAME) {
      spec.withExternalName(externalName().orElse(null));
    } else {
      spec.withSelector(new TreeMap<>(effectiveSelector()));
    }
    if (type() == ServiceType.HEADLESS) {
      spec.withClusterIP("None");
    }
    for (ExposedPort p : exposedPorts()) {
      spec.addToPorts(servicePort(p));
    }
    if (!loadBalancerSourceRanges().isEmpty()) {
      spec.withLoadBalancerSourceRanges(loadBalancerSourceRanges());
    }
    loadBalancerClass().ifPresent(spec::withLoadBalancerClass);
    externalTrafficPolicy().ifPresent(p -> spec.withExternalTrafficPolicy(p.value()));
    if (sessionAffinity() != SessionAffinity.NONE) {
      spec.withSessionAffinity(sessionAffinity().value());
      sessionAffinityTimeoutSeconds()
          .ifPresent(
              s ->
                  spec.withNewSessionAffinityConfig()
                      .withNewClientIP(s)
                      .endSessionAffinityConfig());
    }
    if (publishNotReadyAddresses()) {
      spec.withPublishNotReadyAddresses(true);
    }
    return List.of(new ServiceBuilder().withMetadata(meta.build()).withSpec(spec.build()).build());
  }

  private ServicePort servicePort(ExposedPort p) {
    Optional<NamedPort> podPort = target().flatMap(t -> t.port(p.target()));
    ServicePortBuilder b =
        new ServicePortBuilder()
            .withName(portName(p))
            .withPort(p.port())
            .withProtocol(p.protocol().or(() -> podPort.map(NamedPort::protocol)).orElse("TCP"))
            .withTargetPort(
                p.targetIsNumber()
                    ? new IntOrString(Integer.parseInt(p.target()))
                    : new IntOrString(p.target()));
    p.nodePort().ifPresent(b::withNodePort);
    p.appProtocol().ifPresent(b::withAppProtocol);
    return b.build();
  }

  /** Builds a {@link Service}. */
  public static class Builder extends ImmutableService.Builder {}
}
