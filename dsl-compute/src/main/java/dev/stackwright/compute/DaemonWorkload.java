package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A workload with one pod per (selected) node: log shippers, node agents. Synthesizes into a {@code
 * DaemonSet} and its service account.
 */
@Value.Immutable
@StackwrightStyle
public abstract class DaemonWorkload extends PodWorkload {

  /** How many nodes' pods a rolling update may take down at once: a count or a percentage. */
  public abstract Optional<String> maxUnavailable();

  /** How many nodes may run an extra, new pod during a rolling update. */
  public abstract Optional<String> maxSurge();

  /** A builder for a daemon workload. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    validatePod(context, checks);
    Rollout.validate(checks, maxSurge(), maxUnavailable());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    var spec =
        new DaemonSetBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withSelector(
                new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(selectorLabels())).build())
            .withTemplate(podTemplate(context));
    if (maxSurge().isPresent() || maxUnavailable().isPresent()) {
      spec.withNewUpdateStrategy()
          .withType("RollingUpdate")
          .withNewRollingUpdate()
          .withMaxSurge(maxSurge().map(Rollout::value).orElse(null))
          .withMaxUnavailable(maxUnavailable().map(Rollout::value).orElse(null))
          .endRollingUpdate()
          .endUpdateStrategy();
    }
    out.add(spec.endSpec().build());
    return out;
  }

  /** Builds a {@link DaemonWorkload}. */
  public static class Builder extends ImmutableDaemonWorkload.Builder {}
}
