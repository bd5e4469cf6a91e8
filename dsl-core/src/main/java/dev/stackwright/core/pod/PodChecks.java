package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.NodePool;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.VolumeSource;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules every pod of a stack is checked by, whichever component runs it: containers, images and
 * the registry policy, ports, probes, environment, mounts, resources, the restricted profile's
 * opt-outs, and whether the namespace's Pod Security level admits the pod.
 */
public final class PodChecks {
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

  private final PodDefinition pod;
  private final boolean longRunning;
  private final Checks checks;
  private final TargetCluster target;
  private final ImageReferences images;
  private final Set<String> volumeNames = new HashSet<>();
  private final Set<String> containerNames = new HashSet<>();
  private final Map<String, String> portNames = new HashMap<>();
  private final Map<String, String> portNumbers = new HashMap<>();

  private PodChecks(PodDefinition pod, boolean longRunning, SynthContext context, Checks checks) {
    this.pod = pod;
    this.longRunning = longRunning;
    this.checks = checks;
    this.target = context.stack().target().orElse(TargetCluster.assumed());
    this.images = ImageReferences.in(context);
  }

  /**
   * Reports every problem of {@code pod}, run by {@code owner}.
   *
   * @param owner the component that runs the pod; its namespace's Pod Security level must admit it
   * @param pod the pod
   * @param longRunning whether the pods run until stopped (so readiness probes matter)
   * @param extraVolumeNames volumes the owner's kind adds (a StatefulSet's claim templates)
   * @param context the synthesis
   * @param checks where problems go, at the owner's path
   */
  public static void check(
      Component owner,
      PodDefinition pod,
      boolean longRunning,
      Set<String> extraVolumeNames,
      SynthContext context,
      Checks checks) {
    PodChecks c = new PodChecks(pod, longRunning, context, checks);
    c.volumeNames.addAll(extraVolumeNames);
    c.run();
    PodAdmission.check(owner, pod, context, checks);
  }

  private void run() {
    checks.require(
        !pod.containers().isEmpty(),
        PodRules.NO_CONTAINERS,
        "containers",
        "a workload needs at least one container; add one with addContainer(...)");
    volumes();
    pod.sidecars().forEach(c -> container(checks.in("sidecar", c.name()), c, true, true));
    pod.initContainers()
        .forEach(c -> container(checks.in("init-container", c.name()), c, false, false));
    pod.containers().forEach(c -> container(checks.in("container", c.name()), c, true, false));
    hostAccess();
    placement();
    for (int i = 0; i < pod.grants().size(); i++) {
      pod.grants().get(i).validate(checks.in("grants[" + i + "]"));
    }
    if (!pod.grants().isEmpty() && !pod.automountServiceAccountToken()) {
      checks.warn(
          PodRules.GRANTS_WITHOUT_TOKEN,
          "grants",
          "the pods are granted permissions but mount no service-account token, so they cannot"
              + " use them; ask for one with automountServiceAccountToken(true)");
    }
    pod.terminationGracePeriodSeconds()
        .filter(s -> s < 0)
        .ifPresent(
            s ->
                checks.error(
                    PodRules.INVALID_COUNT,
                    "terminationGracePeriodSeconds",
                    "expected >= 0, was %d",
                    s));
  }

  /** The pool the pods are placed on, and what the target's distribution does with the pod. */
  private void placement() {
    if (target.distribution().assignsUserIds()
        && (pod.runAsUser().isPresent()
            || pod.runAsGroup().isPresent()
            || pod.fsGroup().isPresent())) {
      checks.warn(
          ClusterRules.PLATFORM_ASSIGNED_ID,
          "runAsUser",
          "%s assigns user and group ids from the namespace's range (restricted-v2), so the fixed"
              + " ids are left out; the image must run as an arbitrary user",
          target.distribution());
    }
    if (pod.nodePool().isEmpty()) {
      return;
    }
    String name = pod.nodePool().get();
    Optional<NodePool> pool = target.nodePool(name);
    if (pool.isEmpty()) {
      checks.error(
          ClusterRules.UNKNOWN_NODE_POOL,
          "nodePool",
          "the target cluster has no node pool \"%s\" (it has %s); add it to the cluster profile",
          name,
          target.nodePools().stream().map(NodePool::name).toList());
      return;
    }
    if (!pool.get().edge()) {
      return;
    }
    if (pod.automountServiceAccountToken()) {
      checks.error(
          ClusterRules.EDGE_UNSUPPORTED,
          "automountServiceAccountToken",
          "pods on edge pool %s cannot reach the Kubernetes API (edgecore serves none to pods"
              + " by default); leave the token out",
          name);
    }
    pod.volumeSources()
        .forEach(
            (volume, source) -> {
              if (source.toVolume(volume).getPersistentVolumeClaim() != null) {
                checks.error(
                    ClusterRules.EDGE_UNSUPPORTED,
                    "volumes[" + volume + "]",
                    "edge pool %s has no cluster storage for a PersistentVolumeClaim; use a"
                        + " ConfigMap, Secret or emptyDir volume there",
                    name);
              }
            });
  }

  private void volumes() {
    Map<String, VolumeSource> seen = new HashMap<>();
    for (int i = 0; i < pod.volumes().size(); i++) {
      NamedVolume v = pod.volumes().get(i);
      String field = "volumes[" + i + "]";
      checks.label(field + ".name", v.name());
      VolumeSource previous = seen.putIfAbsent(v.name(), v.source());
      if (previous != null) {
        checks.error(
            PodRules.DUPLICATE_VOLUME,
            field + ".name",
            "volume \"%s\" is declared twice",
            v.name());
      }
    }
    for (Container c : pod.allContainers()) {
      for (Mount m : c.mounts()) {
        if (m.source().isEmpty()) {
          continue;
        }
        VolumeSource previous = seen.putIfAbsent(m.volume(), m.source().get());
        if (previous != null && !previous.equals(m.source().get())) {
          checks
              .in("container", c.name())
              .error(
                  PodRules.DUPLICATE_VOLUME,
                  "mounts[" + m.path() + "]",
                  "volume \"%s\" already holds a different source; name this mount's volume"
                      + " differently with Mount.withVolume(...)",
                  m.volume());
        }
      }
    }
    volumeNames.addAll(seen.keySet());
    pod.volumeSources()
        .forEach(
            (name, source) -> {
              if (source.toVolume(name).getHostPath() != null) {
                checks.warn(
                    Rules.POD_SECURITY_OPT_OUT,
                    "volumes[" + name + "]",
                    "a hostPath volume gives the pod access to the node's filesystem, outside the"
                        + " restricted Pod Security Standard");
              }
            });
  }

  private void container(Checks at, Container c, boolean mayProbe, boolean sidecar) {
    at.label("name", c.name());
    if (!containerNames.add(c.name())) {
      at.error(
          PodRules.DUPLICATE_CONTAINER,
          "name",
          "container name \"%s\" is used twice in the pod",
          c.name());
    }
    images.check(at, "image", c.image());
    ports(at, c);
    env(at, c);
    mounts(at, c);
    c.resources().ifPresent(r -> r.validate(at));
    if (mayProbe && c.resources().flatMap(Resources::memoryLimit).isEmpty()) {
      at.warn(
          PodRules.NO_LIMITS,
          "resources.limits.memory",
          "no memory limit: one container can starve the node; set Resources...limits(cpu, memory)");
    }
    probe(at, "readinessProbe", c, c.readinessProbe().orElse(null), mayProbe);
    probe(at, "livenessProbe", c, c.livenessProbe().orElse(null), mayProbe);
    probe(at, "startupProbe", c, c.startupProbe().orElse(null), mayProbe);
    if (mayProbe
        && !sidecar
        && longRunning
        && !c.ports().isEmpty()
        && c.readinessProbe().isEmpty()) {
      at.warn(
          PodRules.NO_READINESS_PROBE,
          "readinessProbe",
          "the container listens on ports but has no readiness probe, so it gets traffic before it"
              + " is ready");
    }
    c.postStart().ifPresent(h -> h.validate(at.in("postStart"), c));
    c.preStop().ifPresent(h -> h.validate(at.in("preStop"), c));
    c.security().validate(at);
  }

  private void ports(Checks at, Container c) {
    List<NamedPort> ports = c.ports();
    for (int i = 0; i < ports.size(); i++) {
      NamedPort p = ports.get(i);
      String field = "ports[" + i + "]";
      at.port(field + ".containerPort", p.port());
      at.require(
          p.name().length() <= 15
              && PORT_NAME.matcher(p.name()).matches()
              && p.name().chars().anyMatch(Character::isLetter)
              && !p.name().contains("--"),
          Rules.INVALID_NAME,
          field + ".name",
          "expected an IANA service name (at most 15 lower-case letters, digits and '-', with a"
              + " letter), was \"%s\"",
          p.name());
      at.require(
          PROTOCOLS.contains(p.protocol()),
          Rules.INVALID_PORT,
          field + ".protocol",
          "expected TCP, UDP or SCTP, was \"%s\"",
          p.protocol());
      String owner = portNames.putIfAbsent(p.name(), c.name());
      if (owner != null) {
        at.error(
            PodRules.DUPLICATE_PORT,
            field + ".name",
            "port name \"%s\" is used twice (also in container %s)",
            p.name(),
            owner);
      }
      owner = portNumbers.putIfAbsent(p.port() + "/" + p.protocol(), c.name());
      if (owner != null) {
        at.error(
            PodRules.DUPLICATE_PORT,
            field + ".containerPort",
            "port %d/%s is declared twice (also in container %s)",
            p.port(),
            p.protocol(),
            owner);
      }
    }
  }

  private static void env(Checks at, Container c) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < c.env().size(); i++) {
      Env e = c.env().get(i);
      Checks env = at.in("env[" + i + "] " + e.name());
      e.validate(env);
      if (!names.add(e.name())) {
        env.error(PodRules.INVALID_ENV, "name", "variable %s is set twice", e.name());
      }
    }
  }

  private void mounts(Checks at, Container c) {
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < c.mounts().size(); i++) {
      Mount m = c.mounts().get(i);
      String field = "mounts[" + i + "]";
      at.require(
          m.path().startsWith("/"),
          PodRules.INVALID_MOUNT,
          field + ".path",
          "expected an absolute path, was \"%s\"",
          m.path());
      if (!paths.add(m.path())) {
        at.error(PodRules.INVALID_MOUNT, field + ".path", "%s is mounted twice", m.path());
      }
      if (m.source().isPresent()) {
        at.label(field + ".volume", m.volume());
      } else if (!volumeNames.contains(m.volume())) {
        at.error(
            PodRules.UNKNOWN_VOLUME,
            field + ".volume",
            "mounts volume \"%s\", which the pod does not have (it has %s); declare it with"
                + " addVolume(NamedVolume.of(...)) or mount a source with Mount.of(...)",
            m.volume(),
            new TreeSet<>(volumeNames));
      }
    }
  }

  private static void probe(Checks at, String field, Container c, Probe p, boolean mayProbe) {
    if (p == null) {
      return;
    }
    if (!mayProbe) {
      at.error(
          PodRules.INVALID_PROBE,
          field,
          "init containers run to completion and cannot have probes; use a sidecar instead");
      return;
    }
    p.validate(at.in(field), c);
  }

  private void hostAccess() {
    hostOptOut(pod.hostNetwork(), "hostNetwork", "the node's network");
    hostOptOut(pod.hostPid(), "hostPid", "the node's processes");
    hostOptOut(pod.hostIpc(), "hostIpc", "the node's IPC");
    if (pod.runAsUser().orElse(1L) == 0L) {
      checks.warn(
          Rules.POD_SECURITY_OPT_OUT,
          "runAsUser",
          "runAsUser 0 runs the pod as root, outside the restricted Pod Security Standard");
      for (Container c : pod.allContainers()) {
        checks.require(
            c.security().runAsRoot(),
            Rules.POD_SECURITY_OPT_OUT,
            "runAsUser",
            "runAsUser 0 conflicts with runAsNonRoot of container %s; opt it out with"
                + " ContainerSecurity.builder().runAsRoot(true)",
            c.name());
      }
    }
  }

  private void hostOptOut(boolean on, String field, String what) {
    if (on) {
      checks.warn(
          Rules.POD_SECURITY_OPT_OUT,
          field,
          "the pod shares %s, outside the restricted Pod Security Standard",
          what);
    }
  }
}
