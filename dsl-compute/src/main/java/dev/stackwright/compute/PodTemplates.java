package dev.stackwright.compute;

import dev.stackwright.core.synth.PodDecorations;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Synthesizes a workload's pod template: metadata, containers, volumes, security, scheduling. */
final class PodTemplates {
  private PodTemplates() {}

  static PodTemplateSpec build(PodWorkload pod, SynthContext context) {
    PodDecorations decorations = PodDecorations.of(context, pod);
    Map<String, String> labels = new TreeMap<>(decorations.labels());
    labels.putAll(pod.labels());
    labels.putAll(pod.selectorLabels());
    ObjectMetaBuilder meta = new ObjectMetaBuilder().withLabels(labels);
    Map<String, String> annotations = new TreeMap<>(decorations.annotations());
    annotations.putAll(pod.annotations());
    pod.safeToEvict().ifPresent(s -> annotations.put(PodWorkload.SAFE_TO_EVICT, s.toString()));
    if (!annotations.isEmpty()) {
      meta.withAnnotations(annotations);
    }
    return new PodTemplateSpecBuilder()
        .withMetadata(meta.build())
        .withSpec(decorate(spec(pod, context).build(), decorations.env()))
        .build();
  }

  /** Adds the decorators' environment to every main container that does not set the name. */
  private static PodSpec decorate(PodSpec spec, Map<String, String> env) {
    if (env.isEmpty()) {
      return spec;
    }
    for (io.fabric8.kubernetes.api.model.Container c : spec.getContainers()) {
      List<EnvVar> vars = new ArrayList<>(c.getEnv());
      Set<String> declared = new HashSet<>();
      vars.forEach(v -> declared.add(v.getName()));
      env.forEach(
          (name, value) -> {
            if (!declared.contains(name)) {
              vars.add(new EnvVar(name, value, null));
            }
          });
      c.setEnv(vars);
    }
    return spec;
  }

  private static PodSpecBuilder spec(PodWorkload pod, SynthContext context) {
    PodSpecBuilder spec =
        new PodSpecBuilder()
            .withServiceAccountName(pod.serviceAccountName())
            .withAutomountServiceAccountToken(pod.automountServiceAccountToken())
            .withSecurityContext(securityContext(pod));
    pod.sidecars().forEach(c -> spec.addToInitContainers(c.toContainer(true)));
    pod.initContainers().forEach(c -> spec.addToInitContainers(c.toContainer(false)));
    pod.containers().forEach(c -> spec.addToContainers(c.toContainer(false)));
    pod.volumeSources().forEach((name, source) -> spec.addToVolumes(source.toVolume(name)));
    pod.imagePullSecrets()
        .forEach(s -> spec.addToImagePullSecrets(new LocalObjectReference(s.name())));
    if (pod.hostNetwork()) {
      spec.withHostNetwork(true);
    }
    if (pod.hostPid()) {
      spec.withHostPID(true);
    }
    if (pod.hostIpc()) {
      spec.withHostIPC(true);
    }
    pod.terminationGracePeriodSeconds().ifPresent(spec::withTerminationGracePeriodSeconds);
    pod.runtime().ifPresent(r -> spec.withRuntimeClassName(r.name()));
    if (pod.restartPolicy() != null) {
      spec.withRestartPolicy(pod.restartPolicy());
    }
    pod.scheduling().apply(spec, pod.selectorLabels(), context.namespaceOf(pod), context);
    return spec;
  }

  private static io.fabric8.kubernetes.api.model.PodSecurityContext securityContext(
      PodWorkload pod) {
    boolean anyRoot = pod.allContainers().stream().anyMatch(c -> c.security().runAsRoot());
    boolean unconfined =
        pod.allContainers().stream().anyMatch(c -> c.security().unconfinedSeccomp());
    PodSecurityContextBuilder b =
        new PodSecurityContextBuilder()
            .withNewSeccompProfile()
            .withType(unconfined ? "Unconfined" : "RuntimeDefault")
            .endSeccompProfile();
    if (!anyRoot && pod.runAsUser().orElse(1L) != 0L) {
      b.withRunAsNonRoot(true);
    }
    pod.runAsUser().ifPresent(b::withRunAsUser);
    pod.runAsGroup().ifPresent(b::withRunAsGroup);
    pod.fsGroup().ifPresent(b::withFsGroup);
    return b.build();
  }
}
