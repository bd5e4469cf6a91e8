package dev.stackwright.security.policy;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders {@link AdmissionPolicies} for OPA Gatekeeper: a {@code ConstraintTemplate} per rule whose
 * code runs on the {@code K8sNativeValidation} (CEL) engine, with the rule's parameters in the
 * template's schema, and a constraint of the template's kind that matches the rule's kinds and
 * namespaces and carries the parameter values and the {@code enforcementAction}.
 */
final class GatekeeperPolicies {
  /** The apiVersion of ConstraintTemplate. */
  static final String TEMPLATE_VERSION = "templates.gatekeeper.sh/v1";

  /** The API group of the constraint kinds templates define. */
  static final String CONSTRAINT_GROUP = "constraints.gatekeeper.sh";

  /** The apiVersion of constraints. */
  static final String CONSTRAINT_VERSION = CONSTRAINT_GROUP + "/v1beta1";

  /** The prefix of every constraint kind, so the stack's kinds never clash with a library's. */
  static final String KIND_PREFIX = "Stackwright";

  /** The annotation naming the synth-time rule a policy enforces. */
  static final String RULE_ANNOTATION = "stackwright.dev/rule";

  /** The admission target of Gatekeeper templates. */
  private static final String TARGET = "admission.k8s.gatekeeper.sh";

  private GatekeeperPolicies() {}

  /** The constraint kind of the rule called {@code ruleName}: {@code StackwrightPinnedImages}. */
  static String kindOf(String ruleName) {
    StringBuilder kind = new StringBuilder(KIND_PREFIX);
    boolean upper = true;
    for (int i = 0; i < ruleName.length(); i++) {
      char c = ruleName.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        kind.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return kind.toString();
  }

  static List<HasMetadata> templates(AdmissionPolicies policies, SynthContext context) {
    Map<String, PlannedRule> planned =
        policies.plan(context).stream()
            .collect(Collectors.toMap(PlannedRule::name, r -> r, (a, b) -> a, LinkedHashMap::new));
    List<HasMetadata> out = new ArrayList<>();
    for (String name : policies.templateRules()) {
      PlannedRule rule = planned.get(name);
      List<CelCheck> checks;
      Set<String> params;
      String ruleId;
      if (rule != null) {
        checks = rule.paramChecks();
        params = rule.params().keySet();
        ruleId = rule.ruleId();
      } else {
        // A generated rule the stack has no namespace or input for: the template only.
        PodRule generated =
            java.util.Arrays.stream(PodRule.values())
                .filter(r -> r.shortName().equals(name))
                .findFirst()
                .orElseThrow();
        checks = generated.checks(PodRule.Params.constraint());
        params = Set.copyOf(generated.parameterNames());
        ruleId = generated.id();
      }
      out.add(template(policies, context, kindOf(name), checks, params, ruleId));
    }
    return out;
  }

  private static HasMetadata template(
      AdmissionPolicies policies,
      SynthContext context,
      String kind,
      List<CelCheck> checks,
      Set<String> params,
      String ruleId) {
    Map<String, Object> properties = new LinkedHashMap<>();
    params.stream()
        .sorted()
        .forEach(
            p -> properties.put(p, Map.of("type", "array", "items", Map.of("type", "string"))));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    List<Map<String, Object>> validations = new ArrayList<>();
    for (CelCheck c : checks) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("expression", c.expression());
      v.put("message", c.message());
      validations.add(v);
    }
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("target", TARGET);
    target.put("operations", List.of("CREATE", "UPDATE"));
    target.put(
        "code",
        List.of(
            Map.of("engine", "K8sNativeValidation", "source", Map.of("validations", validations))));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(
        "crd",
        Map.of(
            "spec",
            Map.of(
                "names", Map.of("kind", kind), "validation", Map.of("openAPIV3Schema", schema))));
    spec.put("targets", List.of(target));
    var meta = context.metadata(policies, kind.toLowerCase(Locale.ROOT));
    if (!ruleId.isEmpty()) {
      meta.addToAnnotations(RULE_ANNOTATION, ruleId);
    }
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(TEMPLATE_VERSION)
        .withKind("ConstraintTemplate")
        .withMetadata(meta.build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }

  static List<HasMetadata> constraints(AdmissionPolicies policies, SynthContext context) {
    String action = policies.modeIn(context).gatekeeperAction();
    String stack = context.stack().name();
    List<HasMetadata> out = new ArrayList<>();
    for (PlannedRule rule : policies.plan(context)) {
      Map<String, Object> match = new LinkedHashMap<>();
      Map<String, List<String>> byGroup = new LinkedHashMap<>();
      rule.kinds()
          .forEach(k -> byGroup.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(k.kind()));
      List<Map<String, Object>> kinds = new ArrayList<>();
      byGroup.forEach((g, ks) -> kinds.add(Map.of("apiGroups", List.of(g), "kinds", ks)));
      match.put("kinds", kinds);
      match.put("namespaces", rule.namespaces());
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("enforcementAction", action);
      spec.put("match", match);
      if (!rule.params().isEmpty()) {
        spec.put("parameters", new LinkedHashMap<>(rule.params()));
      }
      var meta = context.metadata(policies, stack + "-" + rule.name());
      if (!rule.ruleId().isEmpty()) {
        meta.addToAnnotations(RULE_ANNOTATION, rule.ruleId());
      }
      out.add(
          new GenericKubernetesResourceBuilder()
              .withApiVersion(CONSTRAINT_VERSION)
              .withKind(kindOf(rule.name()))
              .withMetadata(meta.build())
              .withAdditionalProperties(Map.of("spec", spec))
              .build());
    }
    return out;
  }
}
