package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.VolumeSource;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The pod-level description every workload type shares, declared once: containers (main, init and
 * native sidecars), volumes, scheduling, pod security, the service account and its grants, and
 * termination. Every workload is a {@link PodSet} of kind {@code workload}: its pods carry, and are
 * selected by, {@code app.kubernetes.io/name=<name>}; each gets a service account of its own name.
 */
public abstract class PodWorkload implements PodSet {

  /** The annotation that tells the cluster autoscaler whether it may evict the pod. */
  public static final String SAFE_TO_EVICT = "cluster-autoscaler.kubernetes.io/safe-to-evict";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Extra labels on the pods (the selector label is always there). */
  public abstract Map<String, String> labels();

  /** Annotations on the pods. */
  public abstract Map<String, String> annotations();

  /** The main containers. */
  public abstract List<Container> containers();

  /** Containers that run to completion, in order, before the main containers start. */
  public abstract List<Container> initContainers();

  /**
   * Native sidecars: init containers with {@code restartPolicy: Always}, started before and stopped
   * after the main containers.
   */
  public abstract List<Container> sidecars();

  /** Volumes declared by name for several containers to mount. */
  public abstract List<NamedVolume> volumes();

  /** Where the pods may and should run. */
  @Value.Default
  public Scheduling scheduling() {
    return Scheduling.none();
  }

  /** The container runtime (a sandbox such as gVisor), when not the node's default. */
  public abstract Optional<ContainerRuntime> runtime();

  /** Opt-out: the pods share the node's network namespace. */
  @Value.Default
  public boolean hostNetwork() {
    return false;
  }

  /** Opt-out: the pods share the node's process namespace. */
  @Value.Default
  public boolean hostPid() {
    return false;
  }

  /** Opt-out: the pods share the node's IPC namespace. */
  @Value.Default
  public boolean hostIpc() {
    return false;
  }

  /** The user id the containers run as; 0 (root) is an opt-out. */
  public abstract Optional<Long> runAsUser();

  /** The primary group id of the containers' processes. */
  public abstract Optional<Long> runAsGroup();

  /** The group that owns mounted volumes. */
  public abstract Optional<Long> fsGroup();

  /** Whether the pods get a service-account token; false unless asked. */
  @Value.Default
  public boolean automountServiceAccountToken() {
    return false;
  }

  /** Annotations on the service account (cloud workload identity, say). */
  public abstract Map<String, String> serviceAccountAnnotations();

  /** The RBAC permissions of the workload's service account. */
  public abstract List<Grant> grants();

  /** Secrets holding the credentials of private registries. */
  public abstract List<SecretRef> imagePullSecrets();

  /** Seconds the pods get to shut down after SIGTERM. */
  public abstract Optional<Long> terminationGracePeriodSeconds();

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
  @Value.Lazy
  public List<NamedPort> ports() {
    List<NamedPort> ports = new ArrayList<>();
    containers().forEach(c -> ports.addAll(c.ports()));
    sidecars().forEach(c -> ports.addAll(c.ports()));
    return List.copyOf(ports);
  }

  @Override
  public String serviceAccountName() {
    return name();
  }

  @Override
  @Value.Lazy
  public List<Component> dependsOn() {
    Set<Component> deps = new LinkedHashSet<>();
    for (Container c : allContainers()) {
      deps.addAll(c.components());
    }
    for (NamedVolume v : volumes()) {
      v.source().component().ifPresent(deps::add);
    }
    for (SecretRef s : imagePullSecrets()) {
      s.component().ifPresent(deps::add);
    }
    scheduling().priority().filter(p -> !p.existing()).ifPresent(deps::add);
    runtime().filter(r -> !r.existing()).ifPresent(deps::add);
    deps.addAll(extraDependencies());
    return List.copyOf(deps);
  }

  /** Every container: sidecars, init containers, then main containers. */
  @Value.Lazy
  List<Container> allContainers() {
    List<Container> all = new ArrayList<>(sidecars());
    all.addAll(initContainers());
    all.addAll(containers());
    return List.copyOf(all);
  }

  /** The pod's volumes by name: declared ones first, then those the mounts bring. */
  @Value.Lazy
  Map<String, VolumeSource> volumeSources() {
    Map<String, VolumeSource> sources = new LinkedHashMap<>();
    volumes().forEach(v -> sources.putIfAbsent(v.name(), v.source()));
    for (Container c : allContainers()) {
      for (Mount m : c.mounts()) {
        m.source().ifPresent(s -> sources.putIfAbsent(m.volume(), s));
      }
    }
    return sources;
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

  /** The pod restart policy the workload type requires, or null for the default. */
  String restartPolicy() {
    return null;
  }

  /** Reports every problem of the pod-level description. */
  final void validatePod(SynthContext context, Checks checks) {
    PodValidator.validate(this, context, checks);
  }

  /** The pod template, with the restricted security context unless opted out. */
  final PodTemplateSpec podTemplate(SynthContext context) {
    return PodTemplates.build(this, context);
  }

  /** The service account, and the Role and RoleBinding of the grants. */
  final List<HasMetadata> identity(SynthContext context) {
    return ServiceAccounts.synthesize(this, context);
  }
}
