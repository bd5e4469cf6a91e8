package dev.stackwright.mesh;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/** A test-only service in front of a pod set; it synthesizes nothing itself. */
record TestService(
    String name, Optional<String> namespace, Optional<PodSet> backend, List<NamedPort> servicePorts)
    implements ServiceEndpoint {

  static TestService of(String name, PodSet backend, NamedPort... ports) {
    return new TestService(name, backend.namespace(), Optional.of(backend), List.of(ports));
  }

  static TestService headless(String name, NamedPort... ports) {
    return new TestService(name, Optional.empty(), Optional.empty(), List.of(ports));
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
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
