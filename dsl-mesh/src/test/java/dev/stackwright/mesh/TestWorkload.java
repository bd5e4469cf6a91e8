package dev.stackwright.mesh;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test-only pod set: a Deployment with one app label, named ports and a service account. */
record TestWorkload(String name, Optional<String> namespace, List<NamedPort> ports)
    implements PodSet {

  static TestWorkload of(String name, NamedPort... ports) {
    return new TestWorkload(name, Optional.empty(), List.of(ports));
  }

  static TestWorkload in(String namespace, String name, NamedPort... ports) {
    return new TestWorkload(name, Optional.of(namespace), List.of(ports));
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
    return Map.of("app", name);
  }

  @Override
  public String serviceAccountName() {
    return name + "-sa";
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
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(selectorLabels())
            .endMetadata()
            .withNewSpec()
            .withServiceAccountName(serviceAccountName())
            .endSpec()
            .endTemplate()
            .endSpec()
            .build());
  }
}
