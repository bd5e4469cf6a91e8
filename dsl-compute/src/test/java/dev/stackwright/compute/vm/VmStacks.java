package dev.stackwright.compute.vm;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import java.nio.file.Path;

/** Stacks for VM tests: namespace {@code vms} at the baseline level, the operators provided. */
final class VmStacks {
  static final Path CRDS = Path.of("src/test/resources/crds");

  private VmStacks() {}

  static Stack.Builder builder() {
    return Stack.builder()
        .name("legacy")
        .defaultNamespace("vms")
        .addNamespace(
            Namespace.builder().name("vms").podSecurity(PodSecurityLevel.BASELINE).build())
        .addNamespace(Namespace.existing("kubevirt"))
        .target(
            TargetCluster.builder()
                .kubernetesVersion("1.33")
                .provides(Prerequisite.FLUX, KubeVirtOperators.KUBEVIRT, KubeVirtOperators.CDI)
                .build());
  }

  static Stack of(Component... components) {
    return builder().add(KubeVirt.of(), Cdi.of()).add(components).build();
  }
}
