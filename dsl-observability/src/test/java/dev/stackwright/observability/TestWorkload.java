package dev.stackwright.observability;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodDefinition;
import dev.stackwright.core.pod.PodExtras;
import dev.stackwright.core.pod.PodRenderer;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stand-in for a compute workload: a pod set with a name, a namespace and named ports. */
public record TestWorkload(String name, Optional<String> namespace, List<NamedPort> ports)
    implements PodSet {

  /** A workload called {@code name} in the stack's default namespace with {@code ports}. */
  public static TestWorkload of(String name, NamedPort... ports) {
    return new TestWorkload(name, Optional.empty(), List.of(ports));
  }

  @Override
  public String kind() {
    return "workload";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name);
  }

  @Override
  public String serviceAccountName() {
    return name;
  }

  @Override
  public Optional<PodDefinition> podDefinition() {
    return Optional.of(
        Pod.builder()
            .addContainers(Container.of("app", "registry.example.com/" + name + ":1.0.0"))
            .build());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        new DeploymentBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withNewSelector()
            .withMatchLabels(selectorLabels())
            .endSelector()
            .withTemplate(
                PodRenderer.template(
                    this, podDefinition().orElseThrow(), PodExtras.none(), context))
            .endSpec()
            .build());
  }
}
