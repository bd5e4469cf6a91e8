package dev.stackwright.compute;

import io.fabric8.knative.serving.v1.RevisionSpec;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks pods against the Pod Security Standards "restricted" profile (plus the read-only root
 * filesystem this project adds by default), on the synthesized objects: a test can assert that
 * every pod of a whole stack is restricted.
 *
 * <pre>{@code
 * assertThat(PodSecurity.violations(result.objects())).isEmpty();
 * }</pre>
 */
public final class PodSecurity {
  private static final List<String> ALLOWED_VOLUMES =
      List.of(
          "configMap",
          "csi",
          "downwardAPI",
          "emptyDir",
          "ephemeral",
          "persistentVolumeClaim",
          "projected",
          "secret");

  private PodSecurity() {}

  /** Every violation in the pods of {@code objects}, each prefixed by the object it is in. */
  public static List<String> violations(Collection<? extends HasMetadata> objects) {
    List<String> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      podSpec(o)
          .ifPresent(
              spec -> {
                String where =
                    o.getKind()
                        + " "
                        + Optional.ofNullable(o.getMetadata().getNamespace())
                            .map(ns -> ns + "/")
                            .orElse("")
                        + o.getMetadata().getName();
                violations(spec).forEach(v -> out.add(where + ": " + v));
              });
    }
    return out;
  }

  /**
   * The pod spec of a pod-producing object (Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob,
   * Knative Service), if it is one.
   */
  public static Optional<PodSpec> podSpec(HasMetadata object) {
    if (object instanceof Pod p) {
      return Optional.ofNullable(p.getSpec());
    }
    if (object instanceof Deployment d && d.getSpec() != null) {
      return template(d.getSpec().getTemplate());
    }
    if (object instanceof StatefulSet s && s.getSpec() != null) {
      return template(s.getSpec().getTemplate());
    }
    if (object instanceof DaemonSet s && s.getSpec() != null) {
      return template(s.getSpec().getTemplate());
    }
    if (object instanceof Job j && j.getSpec() != null) {
      return template(j.getSpec().getTemplate());
    }
    if (object instanceof CronJob c
        && c.getSpec() != null
        && c.getSpec().getJobTemplate() != null
        && c.getSpec().getJobTemplate().getSpec() != null) {
      return template(c.getSpec().getJobTemplate().getSpec().getTemplate());
    }
    if (object instanceof io.fabric8.knative.serving.v1.Service k
        && k.getSpec() != null
        && k.getSpec().getTemplate() != null
        && k.getSpec().getTemplate().getSpec() != null) {
      RevisionSpec r = k.getSpec().getTemplate().getSpec();
      return Optional.of(
          new PodSpecBuilder()
              .withContainers(r.getContainers())
              .withInitContainers(r.getInitContainers())
              .withVolumes(r.getVolumes())
              .withSecurityContext(r.getSecurityContext())
              .withHostNetwork(r.getHostNetwork())
              .withHostPID(r.getHostPID())
              .withHostIPC(r.getHostIPC())
              .withServiceAccountName(r.getServiceAccountName())
              .withAutomountServiceAccountToken(r.getAutomountServiceAccountToken())
              .build());
    }
    return Optional.empty();
  }

  private static Optional<PodSpec> template(PodTemplateSpec template) {
    return Optional.ofNullable(template).map(PodTemplateSpec::getSpec);
  }

  /** Every way {@code spec} breaks the restricted profile, readable; empty when it meets it. */
  public static List<String> violations(PodSpec spec) {
    List<String> out = new ArrayList<>();
    if (Boolean.TRUE.equals(spec.getHostNetwork())) {
      out.add("hostNetwork is true");
    }
    if (Boolean.TRUE.equals(spec.getHostPID())) {
      out.add("hostPID is true");
    }
    if (Boolean.TRUE.equals(spec.getHostIPC())) {
      out.add("hostIPC is true");
    }
    for (Volume v : list(spec.getVolumes())) {
      if (v.getHostPath() != null) {
        out.add("volume " + v.getName() + " is a hostPath");
      } else if (!allowedVolume(v)) {
        out.add("volume " + v.getName() + " has a type outside " + ALLOWED_VOLUMES);
      }
    }
    PodSecurityContext pod =
        spec.getSecurityContext() == null ? new PodSecurityContext() : spec.getSecurityContext();
    if (pod.getRunAsUser() != null && pod.getRunAsUser() == 0L) {
      out.add("the pod's runAsUser is 0 (root)");
    }
    List<Container> all = new ArrayList<>(list(spec.getInitContainers()));
    all.addAll(list(spec.getContainers()));
    for (Container c : all) {
      container(c, pod).forEach(v -> out.add("container " + c.getName() + ": " + v));
    }
    return out;
  }

  private static boolean allowedVolume(Volume v) {
    return v.getConfigMap() != null
        || v.getCsi() != null
        || v.getDownwardAPI() != null
        || v.getEmptyDir() != null
        || v.getEphemeral() != null
        || v.getPersistentVolumeClaim() != null
        || v.getProjected() != null
        || v.getSecret() != null;
  }

  private static List<String> container(Container c, PodSecurityContext pod) {
    List<String> out = new ArrayList<>();
    SecurityContext sc =
        c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext();
    if (Boolean.TRUE.equals(sc.getPrivileged())) {
      out.add("privileged is true");
    }
    if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
      out.add("allowPrivilegeEscalation is not false");
    }
    Capabilities caps = sc.getCapabilities();
    if (caps == null || !list(caps.getDrop()).contains("ALL")) {
      out.add("capabilities do not drop ALL");
    }
    if (caps != null) {
      for (String add : list(caps.getAdd())) {
        if (!add.equals("NET_BIND_SERVICE")) {
          out.add("adds capability " + add);
        }
      }
    }
    Boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : pod.getRunAsNonRoot();
    if (!Boolean.TRUE.equals(nonRoot)) {
      out.add("runAsNonRoot is not true");
    }
    if (sc.getRunAsUser() != null && sc.getRunAsUser() == 0L) {
      out.add("runAsUser is 0 (root)");
    }
    SeccompProfile seccomp =
        sc.getSeccompProfile() != null ? sc.getSeccompProfile() : pod.getSeccompProfile();
    if (seccomp == null
        || !("RuntimeDefault".equals(seccomp.getType()) || "Localhost".equals(seccomp.getType()))) {
      out.add("seccompProfile is not RuntimeDefault or Localhost");
    }
    if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
      out.add("readOnlyRootFilesystem is not true");
    }
    for (ContainerPort p : list(c.getPorts())) {
      if (p.getHostPort() != null && p.getHostPort() != 0) {
        out.add("port " + p.getContainerPort() + " binds host port " + p.getHostPort());
      }
    }
    return out;
  }

  private static <T> List<T> list(List<T> maybe) {
    return maybe == null ? List.of() : maybe;
  }
}
