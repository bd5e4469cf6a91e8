package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Pod Security Standards level a pod needs, and whether the namespace it lands in admits it: a
 * pod that needs more than its namespace enforces would be refused by Pod Security Admission at
 * apply time, so it is an error at synth time, with the fixes named.
 */
public final class PodAdmission {
  /** The capabilities the baseline profile allows to be added. */
  private static final Set<String> BASELINE_CAPABILITIES =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  private PodAdmission() {}

  /** The most restrictive level whose rules {@code pod} meets, with the reasons it needs it. */
  public static Need need(PodDefinition pod) {
    List<String> privileged = new ArrayList<>();
    List<String> baseline = new ArrayList<>();
    if (pod.hostNetwork()) {
      privileged.add("hostNetwork");
    }
    if (pod.hostPid()) {
      privileged.add("hostPid");
    }
    if (pod.hostIpc()) {
      privileged.add("hostIpc");
    }
    pod.volumeSources()
        .forEach(
            (name, source) -> {
              if (source.toVolume(name).getHostPath() != null) {
                privileged.add("hostPath volume " + name);
              }
            });
    if (pod.runAsUser().orElse(1L) == 0L) {
      baseline.add("runAsUser 0");
    }
    for (Container c : pod.allContainers()) {
      ContainerSecurity s = c.security();
      if (s.privileged()) {
        privileged.add("container " + c.name() + " privileged");
      }
      if (s.unconfinedSeccomp()) {
        privileged.add("container " + c.name() + " unconfined seccomp");
      }
      for (String cap : s.addedCapabilities()) {
        if (!BASELINE_CAPABILITIES.contains(cap)) {
          privileged.add("container " + c.name() + " capability " + cap);
        } else if (!cap.equals("NET_BIND_SERVICE")) {
          baseline.add("container " + c.name() + " capability " + cap);
        }
      }
      if (s.runAsRoot()) {
        baseline.add("container " + c.name() + " may run as root");
      }
      if (s.allowPrivilegeEscalation()) {
        baseline.add("container " + c.name() + " allows privilege escalation");
      }
    }
    if (!privileged.isEmpty()) {
      return new Need(PodSecurityLevel.PRIVILEGED, privileged);
    }
    if (!baseline.isEmpty()) {
      return new Need(PodSecurityLevel.BASELINE, baseline);
    }
    return new Need(PodSecurityLevel.RESTRICTED, List.of());
  }

  /**
   * Reports an error when the namespace of {@code owner}, declared in the stack, enforces a level
   * that refuses {@code pod}.
   */
  static void check(Component owner, PodDefinition pod, SynthContext context, Checks checks) {
    String namespace = context.namespaceOf(owner);
    if (namespace.isEmpty()) {
      return;
    }
    context
        .find(new ComponentId("namespace", "", namespace))
        .filter(Namespace.class::isInstance)
        .map(Namespace.class::cast)
        .ifPresent(
            ns -> {
              Need need = need(pod);
              if (!admits(ns.podSecurity(), need.level())) {
                checks.error(
                    PodRules.POD_SECURITY_LEVEL,
                    "podSecurity",
                    "the pod needs the %s Pod Security level (%s) but namespace %s enforces %s,"
                        + " so admission would refuse it; remove the opt-outs, run it in a"
                        + " namespace that admits it, or lower %s's level visibly with"
                        + " Namespace.builder().podSecurity(PodSecurityLevel.%s)",
                    need.level().label(),
                    String.join(", ", need.reasons()),
                    namespace,
                    ns.podSecurity().label(),
                    namespace,
                    need.level().name());
              }
            });
  }

  /** Whether a namespace enforcing {@code enforced} admits a pod that needs {@code needed}. */
  public static boolean admits(PodSecurityLevel enforced, PodSecurityLevel needed) {
    return needed.compareTo(enforced) >= 0;
  }

  /**
   * The level a pod needs and why.
   *
   * @param level the most restrictive level the pod meets
   * @param reasons the settings that keep it from a stricter one
   */
  public record Need(PodSecurityLevel level, List<String> reasons) {}
}
