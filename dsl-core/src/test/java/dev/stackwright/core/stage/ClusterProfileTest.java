package dev.stackwright.core.stage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.TestComponent;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a cluster profile's distribution and version change in the output and its checks. */
class ClusterProfileTest {

  private static GenericKubernetesResource ingress(String className) {
    GenericKubernetesResource ingress =
        Platforms.object("networking.k8s.io/v1", "Ingress", "app", "web");
    ingress.setAdditionalProperties(Map.of("spec", Map.of("ingressClassName", className)));
    return ingress;
  }

  /** A fresh object per stack: the test component hands its objects to synthesis as they are. */
  private static GenericKubernetesResource hpa() {
    return Platforms.object("autoscaling/v2", "HorizontalPodAutoscaler", "app", "web");
  }

  private static TargetCluster.Builder cluster(String version) {
    return TargetCluster.builder().kubernetesVersion(version).provides(Prerequisite.FLUX);
  }

  private static HasMetadata only(dev.stackwright.core.Stack stack, String kind) {
    return Synthesizer.synthesize(stack).objects().stream()
        .filter(o -> o.getKind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void k3sServesTraefikSoAnIngressOfThatClassNeedsNoController() {
    var onK3s =
        Platforms.stack(TestComponent.of("web").with(ingress("traefik")))
            .target(cluster("1.31").distribution(Distribution.K3S).build())
            .build();
    var upstream =
        Platforms.stack(TestComponent.of("web").with(ingress("traefik")))
            .target(cluster("1.31").build())
            .build();

    assertThat(onK3s).isOk();
    assertThat(upstream)
        .hasError(ClusterRules.UNSERVED_CLASS, "stack demo / test web / Ingress app/web");
  }

  @Test
  void openShiftProvidesRoutesAndItsRouterClass() {
    GenericKubernetesResource route =
        Platforms.object("route.openshift.io/v1", "Route", "app", "r");
    var stack =
        Platforms.stack(TestComponent.of("web").with(ingress("openshift-default")).with(route))
            .target(cluster("1.31").distribution(Distribution.OPENSHIFT).build())
            .build();

    assertThat(stack).isOk();
  }

  @Test
  void aKindIsWrittenInTheVersionTheTargetServes() {
    var on122 =
        Platforms.stack(TestComponent.of("web").with(hpa()))
            .target(cluster("1.22").build())
            .build();
    var on120 =
        Platforms.stack(
                TestComponent.of("web")
                    .with(Platforms.object("policy/v1", "PodDisruptionBudget", "app", "web")))
            .target(cluster("1.20").build())
            .build();
    var on131 =
        Platforms.stack(TestComponent.of("web").with(hpa()))
            .target(cluster("1.31").build())
            .build();

    assertThat(on122).isOk();
    assertThat(only(on122, "HorizontalPodAutoscaler").getApiVersion())
        .isEqualTo("autoscaling/v2beta2");
    assertThat(on120).isOk();
    assertThat(only(on120, "PodDisruptionBudget").getApiVersion()).isEqualTo("policy/v1beta1");
    assertThat(only(on131, "HorizontalPodAutoscaler").getApiVersion()).isEqualTo("autoscaling/v2");
  }

  @Test
  void whatTheTargetRemovedStaysAnError() {
    GenericKubernetesResource cronJob =
        Platforms.object("batch/v1beta1", "CronJob", "app", "nightly");

    var stack =
        Platforms.stack(TestComponent.of("jobs").with(cronJob))
            .target(cluster("1.31").build())
            .build();

    assertThat(stack)
        .hasError(ClusterRules.REMOVED_API, "stack demo / test jobs / CronJob app/nightly");
  }
}
