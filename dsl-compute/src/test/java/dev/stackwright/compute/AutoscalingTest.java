package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.pod.Container;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

class AutoscalingTest {

  @Test
  void horizontalAutoscalingOnEveryKindOfMetricWithBehavior() {
    Autoscaling scaling =
        Autoscaling.between(2, 20)
            .metric(Metric.cpu(70))
            .metric(Metric.memoryValue("512Mi"))
            .metric(Metric.pods("requests_per_second", "100"))
            .metric(Metric.object("hits", "networking.k8s.io/v1", "Ingress", "main", "2k"))
            .metric(Metric.external("queue_length", "30").where("queue", "orders"))
            .withScaleUp(ScalingBehavior.window(0).limitPercent(100, 15))
            .withScaleDown(ScalingBehavior.window(300).limitPods(1, 60));
    assertThat(Stacks.of(Stacks.api().replicas(2).autoscaling(scaling).build()))
        .isOk()
        .object(HorizontalPodAutoscaler.class, "api")
        .satisfies(
            h -> {
              var metrics = h.getSpec().getMetrics();
              assertThat(metrics)
                  .extracting("type")
                  .containsExactly("Resource", "Resource", "Pods", "Object", "External");
              assertThat(metrics.get(1).getResource().getTarget().getAverageValue())
                  .isEqualTo(new Quantity("512Mi"));
              assertThat(metrics.get(2).getPods().getMetric().getName())
                  .isEqualTo("requests_per_second");
              assertThat(metrics.get(3).getObject().getDescribedObject().getKind())
                  .isEqualTo("Ingress");
              assertThat(metrics.get(4).getExternal().getMetric().getSelector().getMatchLabels())
                  .containsEntry("queue", "orders");
              var behavior = h.getSpec().getBehavior();
              assertThat(behavior.getScaleUp().getPolicies().get(0).getType()).isEqualTo("Percent");
              assertThat(behavior.getScaleDown().getStabilizationWindowSeconds()).isEqualTo(300);
              assertThat(behavior.getScaleDown().getPolicies().get(0).getType()).isEqualTo("Pods");
            });
  }

  @Test
  void verticalAutoscalingWithBounds() {
    VerticalAutoscaling vpa =
        VerticalAutoscaling.of(VerticalAutoscaling.Mode.INITIAL).min("50m", "64Mi").max("2", "2Gi");
    assertThat(Stacks.of(Stacks.api().verticalAutoscaling(vpa).build()))
        .object(VerticalPodAutoscaler.class, "api")
        .satisfies(
            v -> {
              assertThat(v.getSpec().getTargetRef().getKind()).isEqualTo("Deployment");
              assertThat(v.getSpec().getUpdatePolicy().getUpdateMode()).isEqualTo("Initial");
              var policy = v.getSpec().getResourcePolicy().getContainerPolicies().get(0);
              assertThat(policy.getMinAllowed()).containsEntry("cpu", new Quantity("50m"));
              assertThat(policy.getMaxAllowed()).containsEntry("memory", new Quantity("2Gi"));
            });
  }

  @Test
  void verticalAndHorizontalOnCpuWarn() {
    assertThat(
            Stacks.of(
                Stacks.api()
                    .autoscaling(Autoscaling.cpu(1, 3, 70))
                    .verticalAutoscaling(VerticalAutoscaling.of(VerticalAutoscaling.Mode.RECREATE))
                    .build()))
        .isOk()
        .hasWarning(
            ComputeRules.INVALID_VERTICAL_AUTOSCALING, "workload api / verticalAutoscaling");
  }

  @Test
  void disruptionBudgetAsPercentOrMaxUnavailable() {
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(4)
                    .disruptionBudget(DisruptionBudget.minAvailable("50%"))
                    .build()))
        .object(PodDisruptionBudget.class, "api")
        .extracting(p -> p.getSpec().getMinAvailable())
        .isEqualTo(new IntOrString("50%"));
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(2)
                    .disruptionBudget(DisruptionBudget.maxUnavailable(1))
                    .build()))
        .object(PodDisruptionBudget.class, "api")
        .extracting(p -> p.getSpec().getMaxUnavailable())
        .isEqualTo(new IntOrString(1));
  }

  @Test
  void disruptionBudgetThatCanNeverBeSatisfiedIsAnError() {
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(2)
                    .disruptionBudget(DisruptionBudget.minAvailable(3))
                    .build()))
        .hasError(
            ComputeRules.UNSATISFIABLE_BUDGET, "workload api / disruptionBudget / minAvailable");
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(2)
                    .disruptionBudget(DisruptionBudget.minAvailable(2))
                    .build()))
        .hasError(ComputeRules.UNSATISFIABLE_BUDGET, "disruptionBudget / minAvailable");
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(3)
                    .disruptionBudget(DisruptionBudget.maxUnavailable("0%"))
                    .build()))
        .hasError(ComputeRules.UNSATISFIABLE_BUDGET, "disruptionBudget / maxUnavailable");
  }

  @Test
  void budgetIsCheckedAgainstTheAutoscalerMinimum() {
    assertThat(
            Stacks.of(
                Stacks.api()
                    .replicas(3)
                    .autoscaling(Autoscaling.cpu(2, 10, 70))
                    .disruptionBudget(DisruptionBudget.minAvailable(2))
                    .build()))
        .hasError(ComputeRules.UNSATISFIABLE_BUDGET, "disruptionBudget / minAvailable");
  }

  @Test
  void anAutoscaledWorkloadLeavesTheReplicaCountToItsAutoscaler() {
    assertThat(Stacks.of(Stacks.api().replicas(3).autoscaling(Autoscaling.cpu(3, 10, 70)).build()))
        .isOk()
        .object(Deployment.class, "api")
        .satisfies(d -> assertThat(d.getSpec().getReplicas()).isNull());
    assertThat(Stacks.of(Stacks.api().replicas(3).build()))
        .object(Deployment.class, "api")
        .satisfies(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3));
  }

  @Test
  void autoscalingMinAboveMaxIsAnError() {
    assertThat(Stacks.of(Stacks.api().autoscaling(Autoscaling.cpu(5, 2, 70)).build()))
        .hasError(ComputeRules.INVALID_AUTOSCALING, "workload api / autoscaling / maxReplicas");
  }

  @Test
  void utilizationNeedsARequest() {
    Container noRequests =
        Container.builder().from(Stacks.app()).resources(java.util.Optional.empty()).build();
    assertThat(
            Stacks.of(
                Workload.builder()
                    .name("api")
                    .addContainer(noRequests)
                    .autoscaling(Autoscaling.cpu(1, 3, 70))
                    .build()))
        .hasError(ComputeRules.INVALID_AUTOSCALING, "workload api / autoscaling / metrics");
  }
}
