package dev.stackwright.core.validate;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks inside a pod template or pod spec, wherever it sits (a workload's {@code
 * spec.template}, a CronJob's job template, a bare Pod): template labels and annotations, the
 * ConfigMaps and Secrets it refers to, container resources, pull policies and port protocols, the
 * restart policy, node selector, the label selectors of spread constraints and pod (anti-)affinity,
 * and {@code emptyDir} size limits.
 */
final class PodSpecChecks {
  private static final Set<String> PULL_POLICIES = Set.of("Always", "IfNotPresent", "Never");
  private static final Set<String> RESTART_POLICIES = Set.of("Always", "OnFailure", "Never");
  static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

  private final ConfigReferences references;

  PodSpecChecks(ConfigReferences references) {
    this.references = references;
  }

  /** A pod template at {@code field}; an absent one is not checked. */
  void template(PodTemplateSpec template, String field, String namespace, Checks at) {
    if (template == null) {
      return;
    }
    if (template.getMetadata() != null) {
      at.labels(field + ".metadata.labels", template.getMetadata().getLabels());
      at.annotations(
          field + ".metadata.annotations", template.getMetadata().getAnnotations(), Map.of());
    }
    if (template.getSpec() != null) {
      spec(template.getSpec(), field + ".spec", namespace, at);
    }
  }

  /** A pod spec at {@code field}, whose pods run in {@code namespace}. */
  void spec(PodSpec spec, String field, String namespace, Checks at) {
    references.check(spec, field, namespace, at);
    ContainerFields.of(spec)
        .forEach(
            (list, containers) ->
                FieldChecks.each(
                    containers,
                    field + "." + list,
                    (c, f) -> {
                      if (c.resources() != null) {
                        FieldChecks.amounts(
                            c.resources().getRequests(), f + ".resources.requests", at);
                        FieldChecks.amounts(c.resources().getLimits(), f + ".resources.limits", at);
                      }
                      FieldChecks.oneOf(
                          c.imagePullPolicy(), PULL_POLICIES, f + ".imagePullPolicy", at);
                      FieldChecks.each(
                          c.ports(),
                          f + ".ports",
                          (p, pf) ->
                              FieldChecks.oneOf(p.getProtocol(), PROTOCOLS, pf + ".protocol", at));
                    }));
    FieldChecks.oneOf(spec.getRestartPolicy(), RESTART_POLICIES, field + ".restartPolicy", at);
    at.labels(field + ".nodeSelector", spec.getNodeSelector());
    FieldChecks.each(
        spec.getTopologySpreadConstraints(),
        field + ".topologySpreadConstraints",
        (t, f) -> FieldChecks.selector(t.getLabelSelector(), f + ".labelSelector", at));
    Affinity affinity = spec.getAffinity();
    if (affinity != null && affinity.getPodAffinity() != null) {
      affinity(
          affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
          affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution(),
          field + ".affinity.podAffinity",
          at);
    }
    if (affinity != null && affinity.getPodAntiAffinity() != null) {
      affinity(
          affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
          affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution(),
          field + ".affinity.podAntiAffinity",
          at);
    }
    FieldChecks.each(
        spec.getVolumes(),
        field + ".volumes",
        (v, f) -> {
          if (v.getEmptyDir() != null && v.getEmptyDir().getSizeLimit() != null) {
            FieldChecks.amount(v.getEmptyDir().getSizeLimit(), f + ".emptyDir.sizeLimit", at);
          }
        });
  }

  private static void affinity(
      List<PodAffinityTerm> required,
      List<WeightedPodAffinityTerm> preferred,
      String field,
      Checks at) {
    FieldChecks.each(
        required,
        field + ".requiredDuringSchedulingIgnoredDuringExecution",
        (t, f) -> FieldChecks.selector(t.getLabelSelector(), f + ".labelSelector", at));
    FieldChecks.each(
        preferred,
        field + ".preferredDuringSchedulingIgnoredDuringExecution",
        (t, f) -> {
          if (t.getPodAffinityTerm() != null) {
            FieldChecks.selector(
                t.getPodAffinityTerm().getLabelSelector(),
                f + ".podAffinityTerm.labelSelector",
                at);
          }
        });
  }
}
