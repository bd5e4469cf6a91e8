package dev.stackwright.compute;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Synthesizes a workload's identity: a ServiceAccount of its own name (no token mounted unless
 * asked), and, when it has grants, a Role with exactly those rules and a RoleBinding to it.
 */
final class ServiceAccounts {
  private ServiceAccounts() {}

  static List<HasMetadata> synthesize(PodWorkload pod, SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(3);
    ObjectMetaBuilder meta = context.metadata(pod, pod.serviceAccountName());
    if (!pod.serviceAccountAnnotations().isEmpty()) {
      meta.withAnnotations(new TreeMap<>(pod.serviceAccountAnnotations()));
    }
    out.add(
        new ServiceAccountBuilder()
            .withMetadata(meta.build())
            .withAutomountServiceAccountToken(pod.automountServiceAccountToken())
            .build());
    if (pod.grants().isEmpty()) {
      return out;
    }
    out.add(
        new RoleBuilder()
            .withMetadata(context.metadata(pod).build())
            .withRules(pod.grants().stream().map(Grant::toRule).toList())
            .build());
    out.add(
        new RoleBindingBuilder()
            .withMetadata(context.metadata(pod).build())
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", pod.name())
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(pod.serviceAccountName())
            .withNamespace(context.namespaceOf(pod))
            .endSubject()
            .build());
    return out;
  }
}
