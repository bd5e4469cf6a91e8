package dev.stackwright.compute.vm;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.StageWalk;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compute layer's reach in one stack: VMs, events and functions beside containers. */
class ComputeReachStackTest {

  @Test
  void theStackSynthesizesWithoutWarningsAndComesUpStageByStage() {
    SynthResult result = Synthesizer.synthesize(ComputeReachStack.stack());
    assertThat(result).isOk();
    assertThat(result.warnings()).isEmpty();
    StageWalk.walk(result);
    assertThat(result.stages().stages()).hasSize(3);
  }

  @SuppressWarnings("unchecked")
  @Test
  void aServiceSelectsTheVmsLauncherPodsByTheTemplateLabels() {
    SynthResult result = Synthesizer.synthesize(ComputeReachStack.stack());
    Service service = result.find(Service.class, "vms", "legacy").orElseThrow();
    GenericKubernetesResource vm =
        (GenericKubernetesResource) result.find("VirtualMachine", "vms", "legacy").orElseThrow();
    Map<String, Object> template =
        (Map<String, Object>)
            ((Map<String, Object>) vm.getAdditionalProperties().get("spec")).get("template");
    Map<String, String> podLabels =
        (Map<String, String>) ((Map<String, Object>) template.get("metadata")).get("labels");
    assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
    assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
  }

  @Test
  void theDiagramShowsVmsEventsAndFunctions() {
    String mermaid = Diagram.mermaid(Synthesizer.synthesize(ComputeReachStack.stack()));
    assertThat(mermaid)
        .contains("vm <b>legacy</b><br/><small>DataVolume, VirtualMachine</small>")
        .contains("function <b>resize</b><br/><small>Function</small>")
        .contains("trigger_apps_on_order -- \"shop.order.created\" --> workload_apps_fulfil")
        .contains("vm_vms_legacy -.-> claim_vms_legacy_data");
  }

  @Test
  void aDecorationAimedAtAVmIsRefusedClearly() {
    record Sidecars(List<PodSet> decorates) implements Component, PodDecorator {
      @Override
      public String name() {
        return "inject";
      }

      @Override
      public String kind() {
        return "mesh";
      }

      @Override
      public Layer layer() {
        return Layer.MESH;
      }

      @Override
      public Optional<String> namespace() {
        return Optional.empty();
      }

      @Override
      public List<HasMetadata> synthesize(SynthContext context) {
        return List.of();
      }
    }
    var stack =
        dev.stackwright.core.Stack.builder()
            .from(ComputeReachStack.stack())
            .add(new Sidecars(List.of(ComputeReachStack.LEGACY)))
            .build();
    assertThat(Synthesizer.synthesize(stack))
        .hasError(PodRules.UNDECORATABLE, "mesh inject / decorates[0]", "vm legacy");
  }

  @Test
  void aDiskClaimOfAnotherNamespaceIsAnError() {
    var stack =
        VmStacks.of(
            new TestClaim("elsewhere", "kubevirt"),
            VirtualMachine.builder()
                .name("legacy")
                .addDisk(VmDisk.claim("root", new TestClaim("elsewhere", "kubevirt")))
                .build());
    assertThat(Synthesizer.synthesize(stack))
        .hasError(VmRules.UNKNOWN_CLAIM, "vm legacy / disks[0].claim", "own namespace");
  }
}
