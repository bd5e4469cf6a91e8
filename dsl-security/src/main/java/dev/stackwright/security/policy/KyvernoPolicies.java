package dev.stackwright.security.policy;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.security.supply.Attestor;
import dev.stackwright.security.supply.ImageVerification;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link AdmissionPolicies} for Kyverno: a {@code ClusterPolicy} per rule ({@code Policy}
 * for a user rule in one namespace) with CEL validation, and a {@code ClusterPolicy} of {@code
 * verifyImages} rules for the signature verifications.
 */
final class KyvernoPolicies {
  /** The apiVersion of Kyverno's ClusterPolicy and Policy. */
  static final String API_VERSION = "kyverno.io/v1";

  private KyvernoPolicies() {}

  static List<HasMetadata> render(AdmissionPolicies policies, SynthContext context) {
    String action = policies.modeIn(context).kyvernoAction();
    String stack = context.stack().name();
    List<HasMetadata> out = new ArrayList<>();
    for (PlannedRule rule : policies.plan(context)) {
      Map<String, Object> validate = new LinkedHashMap<>();
      validate.put("failureAction", action);
      List<Map<String, Object>> expressions = new ArrayList<>();
      for (CelCheck c : rule.literalChecks()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("expression", c.expression());
        e.put("message", c.message());
        expressions.add(e);
      }
      validate.put("cel", Map.of("expressions", expressions));
      Map<String, Object> resources = new LinkedHashMap<>();
      resources.put("kinds", rule.kinds().stream().map(MatchKind::kyvernoName).toList());
      if (rule.policyNamespace().isEmpty()) {
        resources.put("namespaces", rule.namespaces());
      }
      resources.put("operations", List.of("CREATE", "UPDATE"));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", rule.name());
      r.put("match", Map.of("any", List.of(Map.of("resources", resources))));
      r.put("validate", validate);
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("background", true);
      spec.put("rules", List.of(r));
      out.add(
          policy(
              rule.policyNamespace().isPresent() ? "Policy" : "ClusterPolicy",
              meta(policies, context, stack + "-" + rule.name(), rule)
                  .withNamespace(rule.policyNamespace().orElse(null))
                  .build(),
              spec));
    }
    if (!policies.verifications().isEmpty()) {
      out.add(verifyImages(policies, context, action));
    }
    return out;
  }

  private static HasMetadata verifyImages(
      AdmissionPolicies policies, SynthContext context, String action) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (ImageVerification v : policies.verifications()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      Attestor a = v.attestor();
      if (a.keyless()) {
        Map<String, Object> keyless = new LinkedHashMap<>();
        a.issuer().ifPresent(i -> keyless.put("issuer", i));
        a.subject().ifPresent(s -> keyless.put("subject", s));
        a.subjectRegExp().ifPresent(s -> keyless.put("subjectRegExp", s));
        a.rekorUrl().ifPresent(u -> keyless.put("rekor", Map.of("url", u)));
        entry.put("keyless", keyless);
      } else {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("publicKeys", a.publicKey().orElseThrow());
        a.rekorUrl().ifPresent(u -> keys.put("rekor", Map.of("url", u)));
        entry.put("keys", keys);
      }
      Map<String, Object> verify = new LinkedHashMap<>();
      verify.put("imageReferences", v.imageReferences());
      verify.put("failureAction", action);
      // Kyverno would otherwise rewrite the pod template to the verified digest, a change the
      // GitOps tool then reverts; pinning by digest belongs in the definition.
      verify.put("mutateDigest", false);
      verify.put("verifyDigest", false);
      verify.put("required", true);
      verify.put("attestors", List.of(Map.of("entries", List.of(entry))));
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("name", v.name());
      rule.put(
          "match",
          Map.of(
              "any",
              List.of(
                  Map.of(
                      "resources",
                      Map.of(
                          "kinds", List.of("Pod"), "operations", List.of("CREATE", "UPDATE"))))));
      rule.put("verifyImages", List.of(verify));
      rules.add(rule);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("background", false);
    spec.put("webhookTimeoutSeconds", 30);
    spec.put("rules", rules);
    String name = context.stack().name() + "-verify-images";
    ObjectMeta meta =
        context
            .metadata(policies, name)
            .addToAnnotations("policies.kyverno.io/title", "Verify image signatures")
            .addToAnnotations(
                "policies.kyverno.io/description",
                "The stack's images are admitted only with a signature of their attestor.")
            .build();
    return policy("ClusterPolicy", meta, spec);
  }

  private static io.fabric8.kubernetes.api.model.ObjectMetaBuilder meta(
      AdmissionPolicies policies, SynthContext context, String name, PlannedRule rule) {
    var meta = context.metadata(policies, name);
    meta.addToAnnotations("policies.kyverno.io/title", rule.name());
    if (!rule.description().isEmpty()) {
      meta.addToAnnotations("policies.kyverno.io/description", rule.description());
    }
    if (!rule.ruleId().isEmpty()) {
      meta.addToAnnotations(GatekeeperPolicies.RULE_ANNOTATION, rule.ruleId());
    }
    return meta;
  }

  private static GenericKubernetesResource policy(
      String kind, ObjectMeta metadata, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(API_VERSION)
        .withKind(kind)
        .withMetadata(metadata)
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
