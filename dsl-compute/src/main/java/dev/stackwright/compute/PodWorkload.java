package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.PodChecks;
import dev.stackwright.core.pod.PodDefinition;
import dev.stackwright.core.pod.PodExtras;
import dev.stackwright.core.pod.PodIdentity;
import dev.stackwright.core.pod.PodRenderer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The pod-level description every workload type shares, declared once: the core's {@link
 * PodDefinition} (containers, volumes, pod security, the service account and its grants,
 * termination) plus scheduling and the container runtime. Every workload is a {@link PodSet} of
 * kind {@code workload}: its pods carry, and are selected by, {@code
 * app.kubernetes.io/name=<name>}; each gets a service account of its own name.
 */
public abstract class PodWorkload extends PodDefinition implements PodSet {

  /** The annotation that tells the cluster autoscaler whether it may evict the pod. */
  public static final String SAFE_TO_EVICT = "cluster-autoscaler.kubernetes.io/safe-to-evict";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Where the pods may and should run; nowhere in particular by default. */
  @Value.Default
  public Scheduling scheduling() {
    return Scheduling.none();
  }

  /** The container runtime (a sandbox such as gVisor), when not the node's default. */
  public abstract Optional<ContainerRuntime> runtime();

  /** The cluster autoscaler's safe-to-evict annotation; absent by default. */
  public abstract Optional<Boolean> safeToEvict();

  @Override
  public String kind() {
    return "workload";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  @Value.Lazy
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name());
  }

  @Override
  public List<NamedPort> ports() {
    return containerPorts();
  }

  @Override
  public String serviceAccountName() {
    return name();
  }

  @Override
  public Optional<PodDefinition> podDefinition() {
    return Optional.of(this);
  }

  @Override
  @Value.Lazy
  public List<Component> dependsOn() {
    Set<Component> deps = new LinkedHashSet<>(podDependencies());
    scheduling().priority().filter(p -> !p.existing()).ifPresent(deps::add);
    runtime().filter(r -> !r.existing()).ifPresent(deps::add);
    deps.addAll(extraDependencies());
    return List.copyOf(deps);
  }

  /** Volume names the workload type adds (StatefulSet claim templates). */
  Set<String> extraVolumeNames() {
    return Set.of();
  }

  /** Dependencies the workload type adds. */
  List<Component> extraDependencies() {
    return List.of();
  }

  /** Whether the pods run until stopped (so readiness probes matter). */
  boolean longRunning() {
    return true;
  }

  /** The pod restart policy the workload type requires, or empty for the default. */
  Optional<String> restartPolicy() {
    return Optional.empty();
  }

  /** Reports every problem of the pod-level description. */
  final void validatePod(SynthContext context, Checks checks) {
    checks.label("name", name());
    PodChecks.check(this, this, longRunning(), extraVolumeNames(), context, checks);
    scheduling().validate(checks);
  }

  /** The pod template, with the restricted security context unless opted out. */
  final PodTemplateSpec podTemplate(SynthContext context) {
    Map<String, String> annotations = new TreeMap<>();
    safeToEvict().ifPresent(s -> annotations.put(SAFE_TO_EVICT, s.toString()));
    PodExtras extras =
        new PodExtras(
            restartPolicy(),
            annotations,
            spec -> {
              runtime().ifPresent(r -> spec.withRuntimeClassName(r.name()));
              scheduling().apply(spec, selectorLabels(), context.namespaceOf(this), context);
            });
    return PodRenderer.template(this, this, extras, context);
  }

  /** The service account, and the Role and RoleBinding of the grants. */
  final List<HasMetadata> identity(SynthContext context) {
    return PodIdentity.synthesize(this, this, context);
  }
}
