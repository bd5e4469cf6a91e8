package dev.stackwright.compute;

import dev.stackwright.core.pod.Container;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicyBuilder;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks and synthesizes the availability objects a {@link Scalable} workload declares: its
 * HorizontalPodAutoscaler, VerticalPodAutoscaler and PodDisruptionBudget, each named like the
 * workload and targeting it.
 */
final class Autoscalers {
  private Autoscalers() {}

  static <W extends PodWorkload & Scalable> void validate(W w, Checks checks) {
    checks.require(
        w.replicas() >= 0,
        ComputeRules.INVALID_COUNT,
        "replicas",
        "expected >= 0, was %d",
        w.replicas());
    int replicas = w.replicas();
    if (w.autoscaling().isPresent()) {
      Autoscaling a = w.autoscaling().get();
      Checks at = checks.in("autoscaling");
      a.validate(at);
      at.require(
          a.minReplicas() > a.maxReplicas()
              || (w.replicas() >= a.minReplicas() && w.replicas() <= a.maxReplicas()),
          ComputeRules.INVALID_AUTOSCALING,
          "minReplicas",
          "replicas %d lies outside the autoscaling range %d..%d",
          w.replicas(),
          a.minReplicas(),
          a.maxReplicas());
      for (String resource : List.of("cpu", "memory")) {
        if (!a.usesUtilizationOf(resource)) {
          continue;
        }
        for (Container c : w.containers()) {
          boolean requested =
              c.resources()
                  .flatMap(r -> resource.equals("cpu") ? r.cpuRequest() : r.memoryRequest())
                  .isPresent();
          at.require(
              requested,
              ComputeRules.INVALID_AUTOSCALING,
              "metrics",
              "scales on %s utilization, but container %s has no %s request to compare with",
              resource,
              c.name(),
              resource);
        }
      }
      replicas = a.minReplicas();
      if (w.verticalAutoscaling().filter(v -> v.mode() != VerticalAutoscaling.Mode.OFF).isPresent()
          && (a.usesUtilizationOf("cpu") || a.usesUtilizationOf("memory"))) {
        checks.warn(
            ComputeRules.INVALID_VERTICAL_AUTOSCALING,
            "verticalAutoscaling",
            "vertical and horizontal autoscaling both act on CPU or memory and will fight; use"
                + " VerticalAutoscaling.recommendOnly() or scale horizontally on another metric");
      }
    }
    w.verticalAutoscaling().ifPresent(v -> v.validate(checks.in("verticalAutoscaling")));
    int finalReplicas = replicas;
    w.disruptionBudget().ifPresent(b -> b.validate(checks.in("disruptionBudget"), finalReplicas));
  }

  /**
   * The {@code spec.replicas} of the workload's Deployment or StatefulSet: its replica count, or
   * none when a HorizontalPodAutoscaler owns the count, so that {@code kubectl apply}, a GitOps
   * sync or {@code helm upgrade} never resets the autoscaler's scale.
   */
  static Integer specReplicas(Scalable w) {
    return w.autoscaling().isPresent() ? null : w.replicas();
  }

  static <W extends PodWorkload & Scalable> List<HasMetadata> synthesize(
      W w, String apiVersion, String kind, SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(3);
    w.autoscaling().ifPresent(a -> out.add(hpa(w, a, apiVersion, kind, context)));
    w.verticalAutoscaling().ifPresent(v -> out.add(vpa(w, v, apiVersion, kind, context)));
    w.disruptionBudget().ifPresent(b -> out.add(pdb(w, b, context)));
    return out;
  }

  private static HasMetadata hpa(
      PodWorkload w, Autoscaling a, String apiVersion, String kind, SynthContext context) {
    var spec =
        new HorizontalPodAutoscalerBuilder()
            .withMetadata(context.metadata(w).build())
            .withNewSpec()
            .withNewScaleTargetRef(apiVersion, kind, w.name())
            .withMinReplicas(a.minReplicas())
            .withMaxReplicas(a.maxReplicas())
            .withMetrics(a.metrics().stream().map(Metric::toSpec).toList());
    if (a.scaleUp().isPresent() || a.scaleDown().isPresent()) {
      spec.withNewBehavior()
          .withScaleUp(a.scaleUp().map(ScalingBehavior::toRules).orElse(null))
          .withScaleDown(a.scaleDown().map(ScalingBehavior::toRules).orElse(null))
          .endBehavior();
    }
    return spec.endSpec().build();
  }

  private static HasMetadata vpa(
      PodWorkload w, VerticalAutoscaling v, String apiVersion, String kind, SynthContext context) {
    ContainerResourcePolicyBuilder policy =
        new ContainerResourcePolicyBuilder().withContainerName("*");
    Map<String, Quantity> min = quantities(v.minCpu(), v.minMemory());
    Map<String, Quantity> max = quantities(v.maxCpu(), v.maxMemory());
    if (!min.isEmpty()) {
      policy.withMinAllowed(min);
    }
    if (!max.isEmpty()) {
      policy.withMaxAllowed(max);
    }
    return new VerticalPodAutoscalerBuilder()
        .withMetadata(context.metadata(w).build())
        .withNewSpec()
        .withNewTargetRef(apiVersion, kind, w.name())
        .withNewUpdatePolicy()
        .withUpdateMode(v.mode().value())
        .endUpdatePolicy()
        .withNewResourcePolicy()
        .withContainerPolicies(policy.build())
        .endResourcePolicy()
        .endSpec()
        .build();
  }

  private static Map<String, Quantity> quantities(Optional<String> cpu, Optional<String> memory) {
    Map<String, Quantity> out = new TreeMap<>();
    cpu.ifPresent(c -> out.put("cpu", new Quantity(c)));
    memory.ifPresent(m -> out.put("memory", new Quantity(m)));
    return out;
  }

  private static HasMetadata pdb(PodWorkload w, DisruptionBudget b, SynthContext context) {
    PodDisruptionBudgetSpecBuilder spec =
        new PodDisruptionBudgetSpecBuilder()
            .withSelector(
                new LabelSelectorBuilder()
                    .withMatchLabels(new TreeMap<>(w.selectorLabels()))
                    .build());
    b.minAvailable().ifPresent(v -> spec.withMinAvailable(b.toValue(v)));
    b.maxUnavailable().ifPresent(v -> spec.withMaxUnavailable(b.toValue(v)));
    return new PodDisruptionBudgetBuilder()
        .withMetadata(context.metadata(w).build())
        .withSpec(spec.build())
        .build();
  }
}
