package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingTest {

  private static PodSpec pod(SynthResult result, String name) {
    return result
        .orThrow()
        .find(Deployment.class, "shop", name)
        .orElseThrow()
        .getSpec()
        .getTemplate()
        .getSpec();
  }

  @Test
  void nodeSelectorAndNodeAffinity() {
    Workload api =
        Stacks.api()
            .scheduling(
                Scheduling.builder()
                    .putNodeSelector("kubernetes.io/os", "linux")
                    .addNodeRule(NodeRule.require("kubernetes.io/arch", "amd64", "arm64"))
                    .addNodeRule(NodeRule.prefer(50, "node.kubernetes.io/instance-type", "m7i"))
                    .build())
            .build();
    PodSpec pod = pod(Synthesizer.synthesize(Stacks.of(api)), "api");
    assertThat(pod.getNodeSelector()).containsEntry("kubernetes.io/os", "linux");
    var nodes = pod.getAffinity().getNodeAffinity();
    var required =
        nodes.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0);
    assertThat(required.getMatchExpressions().get(0).getValues()).containsExactly("amd64", "arm64");
    assertThat(nodes.getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getWeight())
        .isEqualTo(50);
  }

  @Test
  void placementHelpersReadAsIntent() {
    Workload cache = Workload.builder().name("cache").addContainer(Stacks.app()).build();
    Workload batch = Workload.builder().name("batch").addContainer(Stacks.app()).build();
    Workload api =
        Stacks.api()
            .scheduling(
                Scheduling.builder()
                    .addPlacement(PodPlacement.spreadAcrossZones())
                    .addPlacement(PodPlacement.coLocateWith(cache))
                    .addPlacement(PodPlacement.keepApartFrom(batch).preferred(30))
                    .build())
            .build();
    PodSpec pod = pod(Synthesizer.synthesize(Stacks.of(api, cache, batch)), "api");
    var anti = pod.getAffinity().getPodAntiAffinity();
    var spread = anti.getPreferredDuringSchedulingIgnoredDuringExecution().get(0);
    assertThat(spread.getPodAffinityTerm().getTopologyKey()).isEqualTo(PodPlacement.ZONE);
    assertThat(spread.getPodAffinityTerm().getLabelSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
    var apart = anti.getPreferredDuringSchedulingIgnoredDuringExecution().get(1);
    assertThat(apart.getWeight()).isEqualTo(30);
    assertThat(apart.getPodAffinityTerm().getLabelSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "batch"));
    var with =
        pod.getAffinity().getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
    assertThat(with.get(0).getTopologyKey()).isEqualTo(PodPlacement.HOSTNAME);
    assertThat(with.get(0).getLabelSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "cache"));
  }

  @Test
  void topologySpreadAndTolerations() {
    Workload api =
        Stacks.api()
            .scheduling(
                Scheduling.builder()
                    .addTopologySpread(TopologySpread.acrossZones().withMaxSkew(2).soft())
                    .addToleration(TaintToleration.of("dedicated", "gpu", "NoSchedule"))
                    .addToleration(TaintToleration.exists("spot", "NoExecute"))
                    .build())
            .build();
    PodSpec pod = pod(Synthesizer.synthesize(Stacks.of(api)), "api");
    var spread = pod.getTopologySpreadConstraints().get(0);
    assertThat(spread.getMaxSkew()).isEqualTo(2);
    assertThat(spread.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
    assertThat(spread.getLabelSelector().getMatchLabels())
        .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
    assertThat(pod.getTolerations().get(0).getOperator()).isEqualTo("Equal");
    assertThat(pod.getTolerations().get(1).getOperator()).isEqualTo("Exists");
  }

  @Test
  void priorityAndRuntimeClassesAreClusterScopedDependencies() {
    Priority high = Priority.of("high", 100000);
    ContainerRuntime gvisor = ContainerRuntime.gvisor();
    Workload api =
        Stacks.api()
            .scheduling(Scheduling.builder().priority(high).build())
            .runtime(gvisor)
            .build();
    assertThat(api.dependsOn()).containsExactly(high, gvisor);
    SynthResult result = Synthesizer.synthesize(Stacks.of(api, high, gvisor));
    PodSpec pod = pod(result, "api");
    assertThat(pod.getPriorityClassName()).isEqualTo("high");
    assertThat(pod.getRuntimeClassName()).isEqualTo("gvisor");
    PriorityClass pc = result.find(PriorityClass.class, null, "high").orElseThrow();
    assertThat(pc.getMetadata().getNamespace()).isNull();
    assertThat(pc.getValue()).isEqualTo(100000);
    assertThat(result.find(RuntimeClass.class, null, "gvisor").orElseThrow().getHandler())
        .isEqualTo("runsc");
  }

  @Test
  void existingPriorityClassIsReferredToOnly() {
    Workload api =
        Stacks.api()
            .scheduling(
                Scheduling.builder().priority(Priority.existing("system-cluster-critical")).build())
            .build();
    assertThat(api.dependsOn()).isEmpty();
    assertThat(Stacks.of(api))
        .object(Deployment.class, "api")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getPriorityClassName())
        .isEqualTo("system-cluster-critical");
  }
}
