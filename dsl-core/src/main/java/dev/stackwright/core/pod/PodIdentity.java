package dev.stackwright.core.pod;

import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Synthesizes the identity of the pods a component runs: a ServiceAccount of the owner's service
 * account name that never mounts a token by itself (a pod that needs one asks for it in its own
 * spec, so no other pod using the account gets one by accident), and, when the pod has grants, a
 * Role with exactly those rules and a RoleBinding to it, both named after the owner.
 */
public final class PodIdentity {
  private PodIdentity() {}

  /**
   * The pull Secrets of the registries the pod's images are pulled from once written (after their
   * mirrors), from the stack's {@link PullSecretSource}s, sorted.
   */
  static Set<String> pullSecrets(PodDefinition pod, SynthContext context) {
    Set<String> out = new TreeSet<>();
    List<PullSecretSource> credentials = context.componentsOf(PullSecretSource.class);
    if (credentials.isEmpty()) {
      return out;
    }
    ImageReferences images = ImageReferences.in(context);
    for (Container c : pod.allContainers()) {
      String registry = images.written(c.image()).effectiveRegistry();
      for (PullSecretSource r : credentials) {
        SecretRef secret = r.pullSecrets().get(registry);
        if (secret != null) {
          out.add(secret.name());
        }
      }
    }
    return out;
  }

  /** The ServiceAccount, Role and RoleBinding of {@code pod}, run by {@code owner}. */
  public static List<HasMetadata> synthesize(
      PodSet owner, PodDefinition pod, SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(3);
    ObjectMetaBuilder meta = context.metadata(owner, owner.serviceAccountName());
    if (!pod.serviceAccountAnnotations().isEmpty()) {
      meta.withAnnotations(new TreeMap<>(pod.serviceAccountAnnotations()));
    }
    ServiceAccountBuilder account =
        new ServiceAccountBuilder()
            .withMetadata(meta.build())
            .withAutomountServiceAccountToken(false);
    pullSecrets(pod, context).forEach(s -> account.addNewImagePullSecret(s));
    out.add(account.build());
    if (pod.grants().isEmpty()) {
      return out;
    }
    out.add(
        new RoleBuilder()
            .withMetadata(context.metadata(owner).build())
            .withRules(pod.grants().stream().map(Grant::toRule).toList())
            .build());
    out.add(
        new RoleBindingBuilder()
            .withMetadata(context.metadata(owner).build())
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", owner.name())
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(owner.serviceAccountName())
            .withNamespace(context.namespaceOf(owner))
            .endSubject()
            .build());
    return out;
  }
}
