package dev.stackwright.security.rbac;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Permissions beyond a namespace: a {@code ClusterRole} with {@link #permissions()}, bound to
 * {@link #subjects()} by a {@code ClusterRoleBinding}, or, when {@link #namespaces()} are given, by
 * a {@code RoleBinding} in each of them only (a cluster-wide role granted namespace by namespace).
 * Least privilege is checked: a wildcard verb, resource or API group is an error unless the stack
 * acknowledges it with a reason ({@code Acknowledgement.of(RbacRules.WILDCARD, "cluster-grant ops /
 * permissions[0].verbs", "...")}); a workload granted permissions whose pods mount no
 * service-account token gets a warning, since it could not use them.
 *
 * <pre>{@code
 * ClusterGrant.builder().name("node-reader")
 *     .addPermission(Permission.read("", "nodes"))
 *     .addSubject(Subject.of(api))
 *     .addSubject(Subject.group("oidc:sre"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClusterGrant implements Component {

  @Override
  public abstract String name();

  /** Not namespaced: the ClusterRole and its binding are cluster-wide. */
  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  /** The rules of the ClusterRole; at least one. */
  public abstract List<Permission> permissions();

  /** Who gets them; at least one. */
  public abstract List<Subject> subjects();

  /**
   * The namespaces to grant the permissions in, each by a RoleBinding; cluster-wide (a
   * ClusterRoleBinding) when empty.
   */
  public abstract List<String> namespaces();

  /** A builder for a cluster grant. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  @Override
  public String kind() {
    return "cluster-grant";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public List<Component> dependsOn() {
    return subjects().stream().flatMap(s -> s.component().stream()).distinct().toList();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.require(
        !permissions().isEmpty(),
        RbacRules.INVALID_GRANT,
        "permissions",
        "a cluster grant needs at least one permission");
    checks.require(
        !subjects().isEmpty(),
        RbacRules.INVALID_GRANT,
        "subjects",
        "a cluster grant needs at least one subject: a workload, a service account, a user or a"
            + " group");
    for (int i = 0; i < permissions().size(); i++) {
      permission(permissions().get(i), "permissions[" + i + "]", context, checks);
    }
    for (int i = 0; i < subjects().size(); i++) {
      subject(subjects().get(i), "subjects[" + i + "]", checks);
    }
    for (int i = 0; i < namespaces().size(); i++) {
      checks.label("namespaces[" + i + "]", namespaces().get(i));
    }
  }

  private void permission(Permission p, String field, SynthContext context, Checks checks) {
    boolean urls = !p.nonResourceUrls().isEmpty();
    checks.require(
        !p.verbs().isEmpty(), RbacRules.INVALID_GRANT, field + ".verbs", "name at least one verb");
    checks.require(
        urls != !p.resources().isEmpty(),
        RbacRules.INVALID_GRANT,
        field + ".resources",
        "a permission is on resources or on non-resource URLs, exactly one of them");
    checks.require(
        !urls || namespaces().isEmpty(),
        RbacRules.INVALID_GRANT,
        field + ".nonResourceUrls",
        "non-resource URLs can only be granted cluster-wide; drop namespaces(...)");
    checks.require(
        urls || !p.apiGroups().isEmpty(),
        RbacRules.INVALID_GRANT,
        field + ".apiGroups",
        "name the API group (\"\" for the core group)");
    wildcard(p.verbs(), field + ".verbs", "verbs", context, checks);
    wildcard(p.resources(), field + ".resources", "resources", context, checks);
    wildcard(p.apiGroups(), field + ".apiGroups", "API groups", context, checks);
    wildcard(p.nonResourceUrls(), field + ".nonResourceUrls", "URLs", context, checks);
  }

  private static void wildcard(
      List<String> values, String field, String what, SynthContext context, Checks checks) {
    Optional<String> wild = values.stream().filter(v -> v.contains("*")).findFirst();
    if (wild.isEmpty()) {
      return;
    }
    String message =
        String.format(
            "\"%s\" grants every one of the %s, present and future, which is not least privilege;"
                + " name them, or acknowledge %s at this path with a reason",
            wild.get(), what, RbacRules.WILDCARD);
    if (acknowledged(checks.pathOf(field), context)) {
      checks.warn(RbacRules.WILDCARD, field, "%s", message);
    } else {
      checks.error(RbacRules.WILDCARD, field, "%s", message);
    }
  }

  /**
   * Whether the stack acknowledges a wildcard at {@code path}, which turns the error to a warning.
   */
  private static boolean acknowledged(String path, SynthContext context) {
    Diagnostic asWarning = new Diagnostic(Severity.WARNING, RbacRules.WILDCARD, path, "");
    String stack = context.stack().name();
    for (Acknowledgement a : context.stack().acknowledgements()) {
      if (!a.reason().isBlank() && a.covers(asWarning, stack)) {
        return true;
      }
    }
    return false;
  }

  private static void subject(Subject s, String field, Checks checks) {
    checks.require(
        !s.name().isBlank(),
        RbacRules.INVALID_GRANT,
        field + ".name",
        "a %s subject needs a name",
        s.kind());
    if (s.kind().equals("ServiceAccount")) {
      checks.subdomain(field + ".name", s.name());
    }
    s.component()
        .filter(PodSet.class::isInstance)
        .map(PodSet.class::cast)
        .filter(
            p ->
                p.podDefinition().isPresent()
                    && !p.podDefinition().get().automountServiceAccountToken())
        .ifPresent(
            p ->
                checks.warn(
                    RbacRules.GRANT_WITHOUT_TOKEN,
                    field,
                    "%s %s is granted permissions but its pods mount no service-account token, so"
                        + " they cannot use them; ask for one with"
                        + " automountServiceAccountToken(true)",
                    p.kind(),
                    p.name()));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    out.add(
        new ClusterRoleBuilder()
            .withMetadata(context.metadata(this).build())
            .withRules(permissions().stream().map(ClusterGrant::rule).toList())
            .build());
    List<io.fabric8.kubernetes.api.model.rbac.Subject> subjects =
        subjects().stream().map(s -> subject(s, context)).toList();
    if (namespaces().isEmpty()) {
      out.add(
          new ClusterRoleBindingBuilder()
              .withMetadata(context.metadata(this).build())
              .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", name())
              .withSubjects(subjects)
              .build());
    } else {
      for (String ns : namespaces().stream().sorted().distinct().toList()) {
        out.add(
            new RoleBindingBuilder()
                .withMetadata(context.metadata(this).withNamespace(ns).build())
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", name())
                .withSubjects(subjects)
                .build());
      }
    }
    return out;
  }

  private static PolicyRule rule(Permission p) {
    PolicyRuleBuilder rule = new PolicyRuleBuilder().withVerbs(List.copyOf(p.verbs()));
    if (p.nonResourceUrls().isEmpty()) {
      rule.withApiGroups(List.copyOf(p.apiGroups())).withResources(List.copyOf(p.resources()));
      if (!p.resourceNames().isEmpty()) {
        rule.withResourceNames(List.copyOf(p.resourceNames()));
      }
    } else {
      rule.withNonResourceURLs(List.copyOf(p.nonResourceUrls()));
    }
    return rule.build();
  }

  private static io.fabric8.kubernetes.api.model.rbac.Subject subject(
      Subject s, SynthContext context) {
    SubjectBuilder b = new SubjectBuilder().withKind(s.kind()).withName(s.name());
    if (s.kind().equals("ServiceAccount")) {
      String ns =
          s.component()
              .map(context::namespaceOf)
              .or(s::namespace)
              .or(() -> context.stack().resolvedDefaultNamespace())
              .orElse("");
      b.withNamespace(ns);
    } else {
      b.withApiGroup("rbac.authorization.k8s.io");
    }
    return b.build();
  }

  /** Builds a {@link ClusterGrant}. */
  public static class Builder extends ImmutableClusterGrant.Builder {}
}
