package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A long-running, replicated, stateless workload: the common case. Synthesizes into a {@code
 * Deployment}, its {@code ServiceAccount} (plus {@code Role}/{@code RoleBinding} for grants) and,
 * when declared, a {@code HorizontalPodAutoscaler}, {@code VerticalPodAutoscaler} and {@code
 * PodDisruptionBudget}.
 *
 * <pre>{@code
 * Workload api = Workload.builder()
 *     .name("api")
 *     .replicas(3)
 *     .addContainer(Container.builder()
 *         .name("app")
 *         .image("registry.example.com/api:1.4.2")
 *         .addPort(NamedPort.of("http", 8080))
 *         .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
 *         .readinessProbe(Probe.http("/healthz", "http"))
 *         .build())
 *     .autoscaling(Autoscaling.cpu(3, 10, 70))
 *     .disruptionBudget(DisruptionBudget.minAvailable(2))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Workload extends PodWorkload implements Scalable {

  /** How many extra pods a rolling update may create: a count or a percentage. */
  public abstract Optional<String> maxSurge();

  /** How many pods a rolling update may take down at once: a count or a percentage. */
  public abstract Optional<String> maxUnavailable();

  /** Whether to stop every old pod before starting new ones, instead of a rolling update. */
  @Value.Default
  public boolean recreate() {
    return false;
  }

  /** Seconds a new pod must be ready before it counts as available. */
  public abstract Optional<Integer> minReadySeconds();

  /** How many old ReplicaSets to keep for rollback. */
  public abstract Optional<Integer> revisionHistoryLimit();

  /** A builder for a workload. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    validatePod(context, checks);
    Autoscalers.validate(this, checks);
    if (recreate() && (maxSurge().isPresent() || maxUnavailable().isPresent())) {
      checks.error(
          ComputeRules.INVALID_ROLLOUT,
          "recreate",
          "a Recreate strategy takes no maxSurge or maxUnavailable");
    }
    Rollout.validate(checks, maxSurge(), maxUnavailable());
    minReadySeconds()
        .filter(s -> s < 0)
        .ifPresent(
            s ->
                checks.error(
                    ComputeRules.INVALID_COUNT, "minReadySeconds", "expected >= 0, was %d", s));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    out.add(
        new DeploymentBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withReplicas(Autoscalers.specReplicas(this))
            .withSelector(
                new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(selectorLabels())).build())
            .withStrategy(strategy())
            .withMinReadySeconds(minReadySeconds().orElse(null))
            .withRevisionHistoryLimit(revisionHistoryLimit().orElse(null))
            .withTemplate(podTemplate(context))
            .endSpec()
            .build());
    out.addAll(Autoscalers.synthesize(this, "apps/v1", "Deployment", context));
    return out;
  }

  private DeploymentStrategy strategy() {
    if (recreate()) {
      return new DeploymentStrategyBuilder().withType("Recreate").build();
    }
    if (maxSurge().isEmpty() && maxUnavailable().isEmpty()) {
      return null;
    }
    return new DeploymentStrategyBuilder()
        .withType("RollingUpdate")
        .withNewRollingUpdate()
        .withMaxSurge(maxSurge().map(Rollout::value).orElse(null))
        .withMaxUnavailable(maxUnavailable().map(Rollout::value).orElse(null))
        .endRollingUpdate()
        .build();
  }

  /** Builds a {@link Workload}. */
  public static class Builder extends ImmutableWorkload.Builder {}
}
