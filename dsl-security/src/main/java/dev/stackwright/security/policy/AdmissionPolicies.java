package dev.stackwright.security.policy;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Labels;
import dev.stackwright.security.supply.ImageVerification;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The stack's own pod rules, enforced by the cluster at admission: the rules Stackwright checks at
 * synth time ({@link PodRule}) rendered as CEL admission policies for the chosen {@link
 * PolicyEngine}, audit or enforce per environment, with user-written {@link PolicyRule}s and image
 * signature verifications ({@link ImageVerification}, Kyverno only) beside them.
 *
 * <p>The policies cover the namespaces where the stack runs pods of its own (built by the pod
 * model), except namespaces an upstream release installs into: a chart's pods are the chart's, not
 * the definition's. Name the namespaces with {@link #namespaces()} to choose them yourself. The
 * restricted-profile rule applies only in the covered namespaces whose Pod Security level is
 * restricted, so a namespace that admits privileged pods on purpose stays so.
 *
 * <p>Kyverno: a {@code ClusterPolicy} per rule (a {@code Policy} for a user rule in one namespace),
 * each with {@code validate.cel} and {@code validate.failureAction}. Gatekeeper: a {@code
 * ConstraintTemplate} per rule with the {@code K8sNativeValidation} engine, and a constraint of its
 * kind with {@code enforcementAction}, in a second component ({@link #components()}) so the apply
 * stages put it after the template that defines its kind.
 *
 * <pre>{@code
 * AdmissionPolicies policies = AdmissionPolicies.builder()
 *     .engine(PolicyEngine.KYVERNO).mode(PolicyMode.AUDIT).putMode("prod", PolicyMode.ENFORCE)
 *     .addVerification(ImageVerification.of("shop", Attestor.key(pem), "registry.example.com/*"))
 *     .addDependsOn(kyverno)
 *     .build();
 * stack.add(policies.components());
 * }</pre>
 */
@Value.Immutable
public abstract class AdmissionPolicies implements Component, Provider {

  /** The label every pod of the pod model carries, required by {@link PodRule#REQUIRED_LABELS}. */
  public static final String NAME_LABEL = SynthContext.NAME_LABEL;

  /** The component's name; {@code admission-policies}. */
  @Override
  @Value.Default
  public String name() {
    return "admission-policies";
  }

  /** The admission engine. */
  public abstract PolicyEngine engine();

  /** The mode in environments {@link #modes()} does not name; {@link PolicyMode#AUDIT}. */
  @Value.Default
  public PolicyMode mode() {
    return PolicyMode.AUDIT;
  }

  /** The mode per environment name, e.g. {@code prod -> ENFORCE}. */
  public abstract Map<String, PolicyMode> modes();

  /**
   * The synth-time rules to enforce, by id ({@link PodRule#id()}); empty (the default) enforces
   * every rule the stack has input for: all but {@code pod.registry-not-allowed} when the stack has
   * no {@link RegistryPolicy}.
   */
  public abstract List<String> rules();

  /** Labels every pod must carry besides {@code app.kubernetes.io/name}. */
  public abstract List<String> requiredLabels();

  /** The namespaces the policies cover; empty (the default) derives them (see above). */
  public abstract List<String> namespaces();

  /** User-written rules, rendered beside the generated ones. */
  public abstract List<PolicyRule> customRules();

  /** Signature verifications of the stack's images (Kyverno {@code verifyImages}). */
  public abstract List<ImageVerification> verifications();

  /** The engine's release (give it here so the policies follow it), and any other component. */
  @Override
  public abstract List<Component> dependsOn();

  @Override
  public String kind() {
    return "admission-policies";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** A builder for the policies. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The components to add to the stack: these policies and, for Gatekeeper, the constraints, which
   * must be applied after the templates that define their kinds.
   */
  public List<Component> components() {
    return engine() == PolicyEngine.GATEKEEPER ? List.of(this, constraints()) : List.of(this);
  }

  /** The Gatekeeper constraints of these policies, a component of their own. */
  @Value.Lazy
  public Component constraints() {
    return new GatekeeperConstraints(this);
  }

  /** The mode in {@code context}'s environment. */
  public PolicyMode modeIn(SynthContext context) {
    return modes().getOrDefault(context.environment().name(), mode());
  }

  /** The constraint kinds the Gatekeeper templates define; none for Kyverno. */
  @Override
  public List<ApiKind> installedKinds() {
    if (engine() != PolicyEngine.GATEKEEPER) {
      return List.of();
    }
    List<ApiKind> kinds = new ArrayList<>();
    for (String kind : constraintKinds()) {
      kinds.add(ApiKind.of(GatekeeperPolicies.CONSTRAINT_GROUP, kind));
    }
    return kinds;
  }

  /**
   * The rules with a Gatekeeper template and so a constraint kind: the rules of {@link #rules()}
   * (every {@link PodRule} when it is empty), then the user's.
   */
  @Value.Lazy
  List<String> templateRules() {
    List<String> names = new ArrayList<>();
    List<PodRule> generated =
        rules().isEmpty()
            ? List.of(PodRule.values())
            : rules().stream().map(PodRule::byId).flatMap(Optional::stream).distinct().toList();
    generated.forEach(r -> names.add(r.shortName()));
    customRules().forEach(r -> names.add(r.name()));
    return names;
  }

  /** The constraint kinds of {@link #templateRules()}. */
  List<String> constraintKinds() {
    return templateRules().stream().map(GatekeeperPolicies::kindOf).toList();
  }

  /** The generated rules enforced in {@code context}'s stack. */
  List<PodRule> effectiveRules(SynthContext context) {
    if (!rules().isEmpty()) {
      return rules().stream().map(PodRule::byId).flatMap(Optional::stream).distinct().toList();
    }
    boolean registries = !context.componentsOf(RegistryPolicy.class).isEmpty();
    return Arrays.stream(PodRule.values())
        .filter(r -> registries || r != PodRule.ALLOWED_REGISTRIES)
        .toList();
  }

  /** The namespaces the policies cover in {@code context}'s stack, sorted. */
  List<String> coveredNamespaces(SynthContext context) {
    if (!namespaces().isEmpty()) {
      return List.copyOf(new TreeSet<>(namespaces()));
    }
    Set<String> releases = new HashSet<>();
    for (Component c : context.components()) {
      if ("release".equals(c.kind())) {
        releases.add(context.namespaceOf(c));
      }
    }
    TreeSet<String> covered = new TreeSet<>();
    for (PodSet p : context.componentsOf(PodSet.class)) {
      String ns = context.namespaceOf(p);
      if (p.podDefinition().isPresent() && !ns.isEmpty() && !releases.contains(ns)) {
        covered.add(ns);
      }
    }
    return List.copyOf(covered);
  }

  /** Every rule to render in {@code context}'s stack, generated first, then the user's. */
  List<PlannedRule> plan(SynthContext context) {
    List<String> covered = coveredNamespaces(context);
    Set<String> restricted =
        context.stack().namespaces().stream()
            .filter(n -> n.podSecurity() == PodSecurityLevel.RESTRICTED)
            .map(Namespace::name)
            .collect(Collectors.toSet());
    List<PlannedRule> planned = new ArrayList<>();
    for (PodRule r : effectiveRules(context)) {
      List<String> namespaces =
          r == PodRule.RESTRICTED_PROFILE
              ? covered.stream().filter(restricted::contains).toList()
              : covered;
      if (namespaces.isEmpty()) {
        continue;
      }
      Map<String, List<String>> params = params(r, context);
      planned.add(
          new PlannedRule(
              r.shortName(),
              r.id(),
              r.description(),
              List.of(MatchKind.POD),
              namespaces,
              Optional.empty(),
              r.checks(PodRule.Params.literal(params)),
              r.checks(PodRule.Params.constraint()),
              params));
    }
    for (PolicyRule u : customRules()) {
      planned.add(
          new PlannedRule(
              u.name(),
              "",
              u.description(),
              u.matchedKinds(),
              u.namespace().map(List::of).orElse(covered),
              u.namespace(),
              u.checks(),
              u.checks(),
              Map.of()));
    }
    return planned;
  }

  private Map<String, List<String>> params(PodRule rule, SynthContext context) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rule == PodRule.ALLOWED_REGISTRIES) {
      TreeSet<String> registries = new TreeSet<>();
      context.componentsOf(RegistryPolicy.class).forEach(p -> registries.addAll(p.registries()));
      params.put("registries", List.copyOf(registries));
    } else if (rule == PodRule.REQUIRED_LABELS) {
      TreeSet<String> labels = new TreeSet<>(requiredLabels());
      labels.add(NAME_LABEL);
      params.put("labels", List.copyOf(labels));
    }
    return params;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    modes()
        .keySet()
        .forEach(
            env ->
                checks.require(
                    env.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
                    PolicyRules.INVALID_ENVIRONMENT,
                    "modes[" + env + "]",
                    "expected an environment name (a DNS-1123 label), was \"%s\"",
                    env));
    validateRules(context, checks);
    for (int i = 0; i < requiredLabels().size(); i++) {
      String problem = Labels.keyProblem(requiredLabels().get(i));
      if (problem != null) {
        checks.error(PolicyRules.INVALID_LABEL, "requiredLabels[" + i + "]", "%s", problem);
      }
    }
    Set<String> declared =
        context.stack().namespaces().stream().map(Namespace::name).collect(Collectors.toSet());
    for (int i = 0; i < namespaces().size(); i++) {
      String ns = namespaces().get(i);
      checks.require(
          declared.contains(ns),
          PolicyRules.UNKNOWN_NAMESPACE,
          "namespaces[" + i + "]",
          "namespace \"%s\" is not declared in the stack (it declares %s)",
          ns,
          new TreeSet<>(declared));
    }
    if (coveredNamespaces(context).isEmpty()
        && (!effectiveRules(context).isEmpty()
            || customRules().stream().anyMatch(r -> r.namespace().isEmpty()))) {
      checks.error(
          PolicyRules.UNKNOWN_NAMESPACE,
          "namespaces",
          "the policies cover no namespace: the stack runs no pods of its own outside the"
              + " namespaces of upstream releases; name the namespaces with addNamespace(...)");
    }
    validateCustomRules(checks, declared);
    validateVerifications(context, checks);
  }

  private void validateRules(SynthContext context, Checks checks) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules().size(); i++) {
      String id = rules().get(i);
      String field = "rules[" + i + "]";
      Optional<PodRule> rule = PodRule.byId(id);
      if (rule.isEmpty()) {
        checks.error(
            PolicyRules.UNKNOWN_RULE,
            field,
            "no admission policy renders rule \"%s\"; the rules that can be enforced at admission"
                + " are %s",
            id,
            Arrays.stream(PodRule.values()).map(PodRule::id).toList());
        continue;
      }
      if (!seen.add(id)) {
        checks.error(PolicyRules.DUPLICATE_RULE, field, "rule \"%s\" is named twice", id);
      }
      if (rule.get() == PodRule.ALLOWED_REGISTRIES
          && context.componentsOf(RegistryPolicy.class).isEmpty()) {
        checks.error(
            PolicyRules.RULE_WITHOUT_INPUT,
            field,
            "rule %s needs the stack's allowed registries, and the stack has no RegistryPolicy;"
                + " add RegistryPolicy.allow(...) or drop the rule",
            id);
      }
    }
  }

  private void validateCustomRules(Checks checks, Set<String> declared) {
    Set<String> names = new HashSet<>();
    Arrays.stream(PodRule.values()).forEach(r -> names.add(r.shortName()));
    for (int i = 0; i < customRules().size(); i++) {
      PolicyRule r = customRules().get(i);
      Checks at = checks.in("rule", r.name());
      r.validate(at);
      if (!names.add(r.name())) {
        at.error(
            PolicyRules.DUPLICATE_RULE,
            "name",
            "rule name \"%s\" is taken (by a generated rule or another user rule)",
            r.name());
      }
      r.namespace()
          .filter(ns -> !declared.contains(ns))
          .ifPresent(
              ns ->
                  at.error(
                      PolicyRules.UNKNOWN_NAMESPACE,
                      "namespace",
                      "namespace \"%s\" is not declared in the stack",
                      ns));
    }
  }

  private void validateVerifications(SynthContext context, Checks checks) {
    if (verifications().isEmpty()) {
      return;
    }
    if (engine() == PolicyEngine.GATEKEEPER) {
      checks.error(
          PolicyRules.UNSUPPORTED_VERIFICATION,
          "verifications",
          "Gatekeeper cannot verify image signatures by itself (only through an external-data"
              + " provider such as Ratify, which Stackwright does not render); use"
              + " engine(PolicyEngine.KYVERNO) for the policies, or run Sigstore's"
              + " policy-controller beside Gatekeeper and drop the verifications here");
    }
    Set<String> images = new TreeSet<>();
    for (PodSet p : context.componentsOf(PodSet.class)) {
      p.podDefinition()
          .ifPresent(
              d ->
                  d.allContainers().stream()
                      .map(Container::image)
                      .forEach(im -> images.add(im.reference())));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < verifications().size(); i++) {
      ImageVerification v = verifications().get(i);
      Checks at = checks.in("verification", v.name());
      v.validate(at);
      if (!names.add(v.name())) {
        at.error(
            PolicyRules.DUPLICATE_RULE, "name", "verification \"%s\" is named twice", v.name());
      }
      if (images.stream().noneMatch(v::matches)) {
        at.warn(
            PolicyRules.UNUSED_VERIFICATION,
            "imageReferences",
            "no image of the stack matches %s (the stack runs %s); a typo leaves the images it"
                + " meant unverified",
            v.imageReferences(),
            images);
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (engine()) {
      case KYVERNO -> KyvernoPolicies.render(this, context);
      case GATEKEEPER -> GatekeeperPolicies.templates(this, context);
    };
  }

  /** Builds {@link AdmissionPolicies}. */
  public static class Builder extends ImmutableAdmissionPolicies.Builder {}
}
