package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.contract.ReplicaClaims;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A replicated workload whose pods keep a stable identity and storage: ordinal names, a governing
 * headless Service, and a claim per replica from each claim template (the storage layer's {@link
 * ClaimTemplate}; containers mount it with {@code Mount.volume(template.name(), path)}).
 * Synthesizes into a {@code StatefulSet}, its service account and, when declared, autoscalers and a
 * disruption budget.
 */
@Value.Immutable
@StackwrightStyle
public abstract class StatefulWorkload extends PodWorkload implements Scalable, ReplicaClaims {

  /** How replicas start and stop. */
  public enum PodManagement {
    /** One at a time, in ordinal order (the default). */
    ORDERED("OrderedReady"),
    /** All at once. */
    PARALLEL("Parallel");

    private final String value;

    PodManagement(String value) {
      this.value = value;
    }

    /** The value of {@code podManagementPolicy}. */
    public String value() {
      return value;
    }
  }

  /** The headless Service that gives the pods their DNS names; the workload's name by default. */
  @Value.Default
  public String serviceName() {
    return name();
  }

  /** How replicas start and stop; ordered by default. */
  @Value.Default
  public PodManagement podManagement() {
    return PodManagement.ORDERED;
  }

  /** Per-replica claims; each is a volume the containers can mount by the template's name. */
  @Override
  public abstract List<ClaimTemplate> claimTemplates();

  /** A builder for a stateful workload. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  Set<String> extraVolumeNames() {
    Set<String> names = new LinkedHashSet<>();
    claimTemplates().forEach(t -> names.add(t.name()));
    return names;
  }

  @Override
  List<Component> extraDependencies() {
    List<Component> deps = new ArrayList<>();
    claimTemplates().forEach(t -> t.component().ifPresent(deps::add));
    return deps;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    validatePod(context, checks);
    Autoscalers.validate(this, checks);
    checks.label("serviceName", serviceName());
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < claimTemplates().size(); i++) {
      ClaimTemplate template = claimTemplates().get(i);
      String name = template.name();
      String field = "claimTemplates[" + i + "].name";
      // The template checks its own name, size and class (see ClaimTemplate#validate).
      template.validate(context, checks.in("claimTemplates[" + i + "] " + name));
      if (!seen.add(name) || volumeSources().containsKey(name)) {
        checks.error(
            PodRules.DUPLICATE_VOLUME,
            field,
            "volume \"%s\" is declared twice (a claim template and another volume)",
            name);
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    out.add(
        new StatefulSetBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withReplicas(Autoscalers.specReplicas(this))
            .withServiceName(serviceName())
            .withPodManagementPolicy(podManagement().value())
            .withSelector(
                new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(selectorLabels())).build())
            .withTemplate(podTemplate(context))
            .withVolumeClaimTemplates(
                claimTemplates().stream().map(ClaimTemplate::toClaimTemplate).toList())
            .endSpec()
            .build());
    out.addAll(Autoscalers.synthesize(this, "apps/v1", "StatefulSet", context));
    return out;
  }

  /** Builds a {@link StatefulWorkload}. */
  public static class Builder extends ImmutableStatefulWorkload.Builder {}
}
