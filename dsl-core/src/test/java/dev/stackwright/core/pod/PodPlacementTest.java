package dev.stackwright.core.pod;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.NodePool;
import dev.stackwright.core.cluster.Taint;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.VolumeSource;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** What the target cluster's profile changes in a pod: placement, edge limits, OpenShift ids. */
class PodPlacementTest {

  private static final NodePool EDGE =
      NodePool.builder()
          .name("edge")
          .putLabel("node-role.kubernetes.io/edge", "")
          .addTaint(Taint.of("node-role.kubernetes.io/edge", "NoSchedule"))
          .edge(true)
          .build();

  private static final NodePool GPU =
      NodePool.builder()
          .name("gpu")
          .putLabel("pool", "gpu")
          .addTaint(Taint.of("nvidia.com/gpu", "present", "NoExecute"))
          .build();

  /** A claim of the storage layer, as the contract sees it. */
  record Claim(String name) implements VolumeSource {
    @Override
    public Volume toVolume(String volumeName) {
      return new VolumeBuilder()
          .withName(volumeName)
          .withNewPersistentVolumeClaim()
          .withClaimName(name)
          .endPersistentVolumeClaim()
          .build();
    }

    @Override
    public String defaultVolumeName() {
      return name;
    }
  }

  private static Pod.Builder pod() {
    return Pod.builder()
        .addContainers(
            Container.builder()
                .name("agent")
                .image("registry.example.com/agent:1.2.0")
                .addPorts(NamedPort.of("http", 8080))
                .resources(Resources.of("10m", "32Mi").limits("100m", "64Mi"))
                .readinessProbe(Probe.http("/ready", "http"))
                .build());
  }

  private static Stack on(TargetCluster target, Pod pod) {
    return Stack.builder()
        .name("shop")
        .target(target)
        .addNamespace(Namespace.of("shop"))
        .add(new PodModelTest.Agent("agent", pod, true))
        .build();
  }

  private static TargetCluster.Builder cluster() {
    return TargetCluster.builder()
        .name("site-1")
        .kubernetesVersion("1.31")
        .provides(dev.stackwright.core.cluster.Prerequisite.FLUX);
  }

  @Test
  void aPodPlacedOnAPoolSelectsItsNodesAndToleratesItsTaints() {
    var stack = on(cluster().addNodePool(GPU).build(), pod().nodePool("gpu").build());

    assertThat(stack)
        .isOk()
        .object(Deployment.class, "agent")
        .satisfies(
            d -> {
              var spec = d.getSpec().getTemplate().getSpec();
              assertThat(spec.getNodeSelector())
                  .containsExactly(java.util.Map.entry("pool", "gpu"));
              assertThat(spec.getTolerations())
                  .extracting(Toleration::getKey, Toleration::getOperator, Toleration::getEffect)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("nvidia.com/gpu", "Equal", "NoExecute"));
            });
  }

  @Test
  void aPodWithoutAPoolIsPlacedNowhereInParticular() {
    assertThat(on(cluster().addNodePool(GPU).build(), pod().build()))
        .isOk()
        .object(Deployment.class, "agent")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getTemplate().getSpec().getNodeSelector()).isEmpty();
              assertThat(d.getSpec().getTemplate().getSpec().getTolerations()).isEmpty();
            });
  }

  @Test
  void aPoolTheClusterDoesNotHaveIsAnErrorNamingThePoolsItHas() {
    var stack = on(cluster().addNodePool(GPU).build(), pod().nodePool("edge").build());

    assertThat(stack)
        .hasError(
            ClusterRules.UNKNOWN_NODE_POOL,
            "stack shop / agent agent / nodePool",
            "no node pool \"edge\" (it has [gpu])");
  }

  @Test
  void edgePoolsRefuseWhatEdgeNodesDoNotRun() {
    var stack =
        on(
            cluster().addNodePool(EDGE).build(),
            pod()
                .nodePool("edge")
                .automountServiceAccountToken(true)
                .addVolumes(NamedVolume.of("data", new Claim("data")))
                .build());

    assertThat(stack)
        .hasError(
            ClusterRules.EDGE_UNSUPPORTED,
            "stack shop / agent agent / automountServiceAccountToken")
        .hasError(ClusterRules.EDGE_UNSUPPORTED, "stack shop / agent agent / volumes[data]");
  }

  @Test
  void anEdgePodWithConfigOnlyIsPlacedWithItsToleration() {
    assertThat(on(cluster().addNodePool(EDGE).build(), pod().nodePool("edge").build()))
        .isOk()
        .object(Deployment.class, "agent")
        .satisfies(
            d ->
                assertThat(d.getSpec().getTemplate().getSpec().getTolerations())
                    .extracting(Toleration::getOperator)
                    .containsExactly("Exists"));
  }

  @Test
  void openShiftLeavesUserIdsToItsSecurityContextConstraintsAndSaysSo() {
    Pod fixed = pod().runAsUser(999L).fsGroup(999L).build();

    var openShift = on(cluster().distribution(Distribution.OPENSHIFT).build(), fixed);
    var upstream = on(cluster().build(), fixed);

    assertThat(openShift)
        .hasWarning(ClusterRules.PLATFORM_ASSIGNED_ID, "stack shop / agent agent / runAsUser");
    assertThat(dev.stackwright.core.synth.Synthesizer.synthesize(openShift))
        .object(Deployment.class, "agent")
        .satisfies(
            d -> {
              var security = d.getSpec().getTemplate().getSpec().getSecurityContext();
              assertThat(security.getRunAsUser()).isNull();
              assertThat(security.getFsGroup()).isNull();
              assertThat(security.getRunAsNonRoot()).isTrue();
              assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            });
    assertThat(upstream)
        .isOk()
        .object(Deployment.class, "agent")
        .satisfies(
            d ->
                assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                    .isEqualTo(999L));
  }

  @Test
  void aProfileThatContradictsItselfIsAnErrorAtItsPath() {
    var stack =
        on(
            cluster()
                .addNodePool(GPU)
                .addNodePool(
                    NodePool.builder().name("gpu").addTaint(Taint.of("k", "Sometimes")).build())
                .build(),
            pod().build());

    assertThat(stack)
        .hasError(ClusterRules.INVALID_PROFILE, "stack shop / target / nodePools[1] / name")
        .hasError(
            ClusterRules.INVALID_PROFILE, "stack shop / target / nodePools[1] / taints[0].effect");
  }
}
