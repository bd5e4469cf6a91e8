package dev.stackwright.observability;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/** A stand-in for a network Service in front of a workload. */
public record TestService(String name, PodSet workload, List<NamedPort> servicePorts)
    implements ServiceEndpoint {

  /** A service called like {@code workload} exposing {@code ports}. */
  public static TestService of(PodSet workload, NamedPort... ports) {
    return new TestService(workload.name(), workload, List.of(ports));
  }

  @Override
  public Optional<PodSet> backend() {
    return Optional.of(workload);
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
  public Optional<String> namespace() {
    return workload.namespace();
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
