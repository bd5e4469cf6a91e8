package dev.stackwright.observability.alerts;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.PodQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ready-made alerts every workload deserves, from kube-state-metrics series: pods not ready,
 * pods restarting, and (when the workload is autoscaled) its HorizontalPodAutoscaler stuck at its
 * maximum.
 *
 * <pre>{@code
 * WorkloadAlerts.of(api).autoscaled();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class WorkloadAlerts {

  /** The workload the alerts watch. */
  @Value.Parameter
  public abstract PodSet podSet();

  /** How long a pod may stay not ready before the alert fires. */
  @Value.Default
  public String notReadyFor() {
    return "15m";
  }

  /** How many restarts of a pod within {@link #restartWindow()} are too many. */
  @Value.Default
  public int maxRestarts() {
    return 3;
  }

  /** The window restarts are counted over. */
  @Value.Default
  public String restartWindow() {
    return "1h";
  }

  /** How long the autoscaler may stay at its maximum before the alert fires. */
  @Value.Default
  public String atMaxFor() {
    return "15m";
  }

  /**
   * The name of the workload's HorizontalPodAutoscaler; when set, an alert fires while it runs at
   * its maximum replica count. The compute layer names it like the workload.
   */
  public abstract Optional<String> autoscaler();

  /** The ready-made alerts of {@code podSet}. */
  public static WorkloadAlerts of(PodSet podSet) {
    return ImmutableWorkloadAlerts.of(podSet);
  }

  /** The same alerts plus one for the HorizontalPodAutoscaler named like the workload. */
  public WorkloadAlerts autoscaled() {
    return autoscaledBy(podSet().name());
  }

  /** The same alerts plus one for the HorizontalPodAutoscaler called {@code autoscaler}. */
  public WorkloadAlerts autoscaledBy(String autoscaler) {
    return builder().from(this).autoscaler(autoscaler).build();
  }

  /** A builder for workload alerts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reports every problem to {@code checks}, positioned at these alerts. */
  public void validate(SynthContext context, Checks checks) {
    if (!context.contains(podSet())) {
      checks.error(
          ObservabilityRules.UNKNOWN_TARGET,
          "podSet",
          "%s \"%s\" is not part of the stack",
          podSet().kind(),
          podSet().name());
    }
    checks.require(
        maxRestarts() >= 1,
        ObservabilityRules.INVALID_COUNT,
        "maxRestarts",
        "must be at least 1, was %d",
        maxRestarts());
    checkDuration(checks, "notReadyFor", notReadyFor());
    checkDuration(checks, "restartWindow", restartWindow());
    checkDuration(checks, "atMaxFor", atMaxFor());
    autoscaler().ifPresent(hpa -> checks.label("autoscaler", hpa));
  }

  /** The alerts for the workload's pods in {@code namespace}. */
  public AlertGroup group(String namespace) {
    String workload = podSet().name();
    String prefix = AlertNames.camel(workload);
    String pods = PodQuery.matchers(podSet(), namespace);
    List<Alert> alerts = new ArrayList<>();
    alerts.add(
        Alert.builder()
            .name(prefix + "PodNotReady")
            .expr(
                "sum by (namespace, pod) (kube_pod_status_ready{"
                    + pods
                    + ",condition=\"false\"}) > 0")
            .forDuration(notReadyFor())
            .severity(Severity.WARNING)
            .summary(
                "Pod {{ $labels.namespace }}/{{ $labels.pod }} of " + workload + " is not ready")
            .description(
                "The pod has not been ready for "
                    + notReadyFor()
                    + ": it receives no traffic. Check its readiness probe and events.")
            .build());
    alerts.add(
        Alert.builder()
            .name(prefix + "PodRestarting")
            .expr(
                "sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{"
                    + pods
                    + "}["
                    + restartWindow()
                    + "])) > "
                    + maxRestarts())
            .severity(Severity.WARNING)
            .summary(
                "Pod {{ $labels.namespace }}/{{ $labels.pod }} of "
                    + workload
                    + " keeps restarting")
            .description(
                "More than "
                    + maxRestarts()
                    + " container restarts in "
                    + restartWindow()
                    + ". Check the previous container's logs and its liveness probe.")
            .build());
    autoscaler()
        .ifPresent(
            hpa -> {
              String sel =
                  "namespace=\"" + namespace + "\",horizontalpodautoscaler=\"" + hpa + "\"";
              alerts.add(
                  Alert.builder()
                      .name(prefix + "AutoscalerAtMax")
                      .expr(
                          "kube_horizontalpodautoscaler_status_current_replicas{"
                              + sel
                              + "} >= kube_horizontalpodautoscaler_spec_max_replicas{"
                              + sel
                              + "}")
                      .forDuration(atMaxFor())
                      .severity(Severity.WARNING)
                      .summary(workload + " runs at its autoscaler's maximum replica count")
                      .description(
                          "The HorizontalPodAutoscaler "
                              + hpa
                              + " has been at its maximum for "
                              + atMaxFor()
                              + ": it cannot add capacity. Raise the maximum or the pods'"
                              + " efficiency.")
                      .build());
            });
    return AlertGroup.builder().name(workload + "-workload").addAllAlerts(alerts).build();
  }

  private static void checkDuration(Checks checks, String field, String value) {
    checks.require(
        Durations.isValid(value),
        ObservabilityRules.INVALID_DURATION,
        field,
        "expected a Prometheus duration such as 15m, was \"%s\"",
        value);
  }

  /** Builds {@link WorkloadAlerts}. */
  public static class Builder extends ImmutableWorkloadAlerts.Builder {}
}
