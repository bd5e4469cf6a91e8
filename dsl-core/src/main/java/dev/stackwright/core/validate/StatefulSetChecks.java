package dev.stackwright.core.validate;

import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;

/**
 * What a StatefulSet's name means for the names its controller derives: the pods' {@code
 * controller-revision-hash} label and each claim made from a volume claim template ({@code
 * <template>-<set>-<ordinal>}), and the labels and amounts of those templates.
 */
final class StatefulSetChecks {
  private StatefulSetChecks() {}

  /** Checks a StatefulSet called {@code name}; its {@code spec} may be absent (null). */
  static void check(StatefulSetSpec spec, String name, Checks at) {
    if (name == null) {
      return;
    }
    int replicas = spec == null || spec.getReplicas() == null ? 1 : spec.getReplicas();
    String lastPod = name + "-" + Math.max(0, replicas - 1);
    if (name.length() > Names.MAX_STATEFULSET_NAME) {
      at.error(
          Rules.INVALID_NAME,
          "metadata.name",
          "a StatefulSet name must be at most 52 characters: its pods carry the label"
              + " controller-revision-hash=<name>-<10-character hash>, which must fit 63, was %d",
          name.length());
    }
    FieldChecks.each(
        spec == null ? null : spec.getVolumeClaimTemplates(),
        "spec.volumeClaimTemplates",
        (t, f) -> {
          String template =
              t.getMetadata() == null || t.getMetadata().getName() == null
                  ? ""
                  : t.getMetadata().getName();
          String claim = template + "-" + lastPod;
          String problem = Names.subdomainProblem(claim);
          if (!template.isEmpty() && problem != null) {
            at.error(
                Rules.INVALID_NAME,
                f + ".metadata.name",
                "the claim name %s (template-pod) is not valid: %s",
                claim,
                problem);
          }
          if (t.getMetadata() != null) {
            at.labels(f + ".metadata.labels", t.getMetadata().getLabels());
          }
          if (t.getSpec() != null && t.getSpec().getResources() != null) {
            FieldChecks.amounts(
                t.getSpec().getResources().getRequests(), f + ".spec.resources.requests", at);
            FieldChecks.amounts(
                t.getSpec().getResources().getLimits(), f + ".spec.resources.limits", at);
          }
        });
  }
}
