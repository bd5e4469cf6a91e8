package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.VolumeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The pod, declared once for every component that runs one: containers (main, init and native
 * sidecars), volumes, pod security with its visible opt-outs, the service account's token,
 * annotations and grants, and termination. Compute's workloads extend it; components that run a pod
 * of their own (the telemetry collector, the snapshot job, agents) build a {@link Pod}. {@link
 * PodRenderer} turns it into a pod template with the restricted security context and the other
 * layers' decorations, {@link PodChecks} checks it, {@link PodIdentity} synthesizes its service
 * account, so every pod of a stack gets the same defaults, checks and decorations wherever it comes
 * from.
 */
public abstract class PodDefinition {

  /** Extra labels on the pods (the owner's selector labels are always there); none by default. */
  public abstract Map<String, String> labels();

  /** Annotations on the pods; none by default. */
  public abstract Map<String, String> annotations();

  /** The main containers; at least one. */
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

  /** Opt-out: the pods share the node's network namespace; false by default. */
  @Value.Default
  public boolean hostNetwork() {
    return false;
  }

  /** Opt-out: the pods share the node's process namespace; false by default. */
  @Value.Default
  public boolean hostPid() {
    return false;
  }

  /** Opt-out: the pods share the node's IPC namespace; false by default. */
  @Value.Default
  public boolean hostIpc() {
    return false;
  }

  /** The user id the containers run as; 0 (root) is an opt-out. Unset by default (the image's). */
  public abstract Optional<Long> runAsUser();

  /** The primary group id of the containers' processes; unset by default. */
  public abstract Optional<Long> runAsGroup();

  /** The group that owns mounted volumes; unset by default. */
  public abstract Optional<Long> fsGroup();

  /** Whether the pods get a service-account token; false unless asked. */
  @Value.Default
  public boolean automountServiceAccountToken() {
    return false;
  }

  /** Annotations on the service account (cloud workload identity, say); none by default. */
  public abstract Map<String, String> serviceAccountAnnotations();

  /** The RBAC permissions of the pods' service account, in their namespace; none by default. */
  public abstract List<Grant> grants();

  /** Secrets holding the credentials of private registries; none by default. */
  public abstract List<SecretRef> imagePullSecrets();

  /** Seconds the pods get to shut down after SIGTERM; the cluster's default (30) when unset. */
  public abstract Optional<Long> terminationGracePeriodSeconds();

  /**
   * The node pool of the target cluster the pods are placed on, by name ({@link
   * dev.stackwright.core.cluster.NodePool}): its labels become the node selector and its taints are
   * tolerated. None by default: the scheduler chooses among the nodes without taints.
   */
  public abstract Optional<String> nodePool();

  /** Every container: sidecars, init containers, then main containers. */
  @Value.Lazy
  public List<Container> allContainers() {
    List<Container> all = new ArrayList<>(sidecars());
    all.addAll(initContainers());
    all.addAll(containers());
    return List.copyOf(all);
  }

  /** The named ports of the main containers and sidecars, in declaration order. */
  @Value.Lazy
  public List<NamedPort> containerPorts() {
    List<NamedPort> ports = new ArrayList<>();
    containers().forEach(c -> ports.addAll(c.ports()));
    sidecars().forEach(c -> ports.addAll(c.ports()));
    return List.copyOf(ports);
  }

  /** The pod's volumes by name: declared ones first, then those the mounts bring. */
  @Value.Lazy
  public Map<String, VolumeSource> volumeSources() {
    Map<String, VolumeSource> sources = new LinkedHashMap<>();
    volumes().forEach(v -> sources.putIfAbsent(v.name(), v.source()));
    for (Container c : allContainers()) {
      for (Mount m : c.mounts()) {
        m.source().ifPresent(s -> sources.putIfAbsent(m.volume(), s));
      }
    }
    return sources;
  }

  /** The components of the stack the pod reads from: configs, secrets, claims. */
  @Value.Lazy
  public List<Component> podDependencies() {
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
    return List.copyOf(deps);
  }
}
