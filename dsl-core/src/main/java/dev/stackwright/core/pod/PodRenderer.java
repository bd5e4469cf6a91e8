package dev.stackwright.core.pod;

import dev.stackwright.core.cluster.Distribution;
import dev.stackwright.core.cluster.NodePool;
import dev.stackwright.core.cluster.Taint;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.PodSet;
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
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one way a pod template is built, for every component that runs pods: the owner's selector
 * labels and service account, the containers with their restricted security contexts, the pod
 * security context, volumes, and the labels, annotations and environment that other layers' {@link
 * dev.stackwright.core.contract.PodDecorator}s add.
 */
public final class PodRenderer {
  private PodRenderer() {}

  /**
   * The pod template of {@code pod}, run by {@code owner}.
   *
   * @param owner the pod set whose selector labels and service account the pods carry
   * @param pod the pod
   * @param extras what the owner's kind adds (restart policy, annotations, scheduling)
   * @param context the synthesis
   */
  public static PodTemplateSpec template(
      PodSet owner, PodDefinition pod, PodExtras extras, SynthContext context) {
    PodDecorations decorations = PodDecorations.of(context, owner);
    Map<String, String> labels = new TreeMap<>(decorations.labels());
    labels.putAll(pod.labels());
    labels.putAll(owner.selectorLabels());
    ObjectMetaBuilder meta = new ObjectMetaBuilder().withLabels(labels);
    Map<String, String> annotations = new TreeMap<>(decorations.annotations());
    annotations.putAll(pod.annotations());
    annotations.putAll(extras.annotations());
    if (!annotations.isEmpty()) {
      meta.withAnnotations(annotations);
    }
    TargetCluster target = context.stack().target().orElse(TargetCluster.assumed());
    PodSpecBuilder spec = spec(owner, pod, target, ImageReferences.in(context));
    extras.restartPolicy().ifPresent(spec::withRestartPolicy);
    extras.spec().accept(spec);
    pod.nodePool().flatMap(target::nodePool).ifPresent(p -> place(spec, p));
    return new PodTemplateSpecBuilder()
        .withMetadata(meta.build())
        .withSpec(decorate(spec.build(), decorations.env()))
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

  /** Selects the pool's nodes and tolerates their taints, beside what the owner's kind set. */
  private static void place(PodSpecBuilder spec, NodePool pool) {
    if (!pool.labels().isEmpty()) {
      Map<String, String> selector = new TreeMap<>(pool.labels());
      if (spec.getNodeSelector() != null) {
        selector.putAll(spec.getNodeSelector());
      }
      spec.withNodeSelector(selector);
    }
    for (Taint taint : pool.taints()) {
      spec.addToTolerations(
          new TolerationBuilder()
              .withKey(taint.key())
              .withOperator(taint.value().isPresent() ? "Equal" : "Exists")
              .withValue(taint.value().orElse(null))
              .withEffect(taint.effect())
              .build());
    }
  }

  private static PodSpecBuilder spec(
      PodSet owner, PodDefinition pod, TargetCluster target, ImageReferences images) {
    PodSpecBuilder spec =
        new PodSpecBuilder()
            .withServiceAccountName(owner.serviceAccountName())
            .withAutomountServiceAccountToken(pod.automountServiceAccountToken())
            .withSecurityContext(securityContext(pod, target.distribution()));
    pod.sidecars().forEach(c -> spec.addToInitContainers(c.toContainer(true, images)));
    pod.initContainers().forEach(c -> spec.addToInitContainers(c.toContainer(false, images)));
    pod.containers().forEach(c -> spec.addToContainers(c.toContainer(false, images)));
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
    return spec;
  }

  private static io.fabric8.kubernetes.api.model.PodSecurityContext securityContext(
      PodDefinition pod, Distribution distribution) {
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
    if (!distribution.assignsUserIds()) {
      pod.runAsUser().ifPresent(b::withRunAsUser);
      pod.runAsGroup().ifPresent(b::withRunAsGroup);
      pod.fsGroup().ifPresent(b::withFsGroup);
    }
    return b.build();
  }
}
