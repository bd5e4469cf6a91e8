package dev.stackwright.core.testing;

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
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A fixture for tests of platform definitions and layers: a {@link ServiceEndpoint} that mesh
 * routes, monitors and other consumers can point at without the network layer. Like the network
 * layer's Service it synthesizes a real ClusterIP Service named after it, selecting its backend's
 * pods by their selector labels, with one port per {@link #servicePorts() service port} (each
 * targets the backend's container port of the same name, or its own number when the backend
 * declares no such name), and it depends on its backend, which must be in the stack.
 *
 * <p>Defaults: the backend's namespace (the stack's default when the backend has none); no selector
 * when there is no backend (the endpoints are then managed outside the stack).
 *
 * <pre>{@code
 * TestWorkload orders = TestWorkload.http("orders");
 * TestService svc = TestService.of(orders, NamedPort.of("http", 80));   // "orders", port 80
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class TestService implements ServiceEndpoint {

  /** The service name: a DNS-1123 label. */
  @Override
  @Value.Parameter
  public abstract String name();

  /** The namespace; the stack's default namespace when empty. */
  @Override
  public abstract Optional<String> namespace();

  /** The pod set the service selects; none for a service without selector. */
  @Override
  public abstract Optional<PodSet> backend();

  /** The ports the service exposes: name and service port number, in order. */
  @Override
  public abstract List<NamedPort> servicePorts();

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
    return backend().<List<Component>>map(List::of).orElse(List.of());
  }

  /** A service named after {@code backend}, in its namespace, exposing {@code ports}. */
  public static TestService of(PodSet backend, NamedPort... ports) {
    return of(backend.name(), backend, ports);
  }

  /** A service called {@code name} in front of {@code backend}, in its namespace. */
  public static TestService of(String name, PodSet backend, NamedPort... ports) {
    return builder()
        .name(name)
        .namespace(backend.namespace())
        .backend(backend)
        .addServicePorts(ports)
        .build();
  }

  /** A service called {@code name} that selects no pod set of the stack. */
  public static TestService withoutBackend(String name, NamedPort... ports) {
    return builder().name(name).addServicePorts(ports).build();
  }

  /** A builder for every setting of the fixture. */
  public static Builder builder() {
    return new Builder();
  }

  /** This service, in namespace {@code namespace}. */
  public abstract TestService withNamespace(String namespace);

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    for (int i = 0; i < servicePorts().size(); i++) {
      checks.port("servicePorts[" + i + "].port", servicePorts().get(i).port());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    ServiceSpecBuilder spec = new ServiceSpecBuilder().withType("ClusterIP");
    backend().ifPresent(b -> spec.withSelector(new TreeMap<>(b.selectorLabels())));
    for (NamedPort p : servicePorts()) {
      boolean named = backend().flatMap(b -> b.port(p.name())).isPresent();
      spec.addToPorts(
          new ServicePortBuilder()
              .withName(p.name())
              .withPort(p.port())
              .withProtocol(p.protocol())
              .withTargetPort(named ? new IntOrString(p.name()) : new IntOrString(p.port()))
              .build());
    }
    return List.of(
        new ServiceBuilder()
            .withMetadata(context.metadata(this).build())
            .withSpec(spec.build())
            .build());
  }

  /** Builds a {@link TestService}. */
  public static class Builder extends ImmutableTestService.Builder {}
}
