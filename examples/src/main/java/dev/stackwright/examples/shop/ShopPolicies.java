package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.security.policy.AdmissionPolicies;
import dev.stackwright.security.policy.Kyverno;
import dev.stackwright.security.policy.PolicyEngine;
import dev.stackwright.security.policy.PolicyMode;
import dev.stackwright.security.supply.Attestor;
import dev.stackwright.security.supply.ImageVerification;
import dev.stackwright.security.supply.Severity;
import dev.stackwright.security.supply.TrivyOperator;
import java.util.List;

/**
 * The shop's admission policies and image supply chain: Kyverno enforces the stack's own pod rules
 * (the restricted profile, required labels, pinned images, memory limits) in audit mode in dev and
 * in enforce mode in prod, and admits the shop's own images only with a signature of its release
 * workflow; the Trivy operator scans what runs for high and critical vulnerabilities.
 */
final class ShopPolicies {
  static final String KYVERNO = "kyverno";
  static final String TRIVY = "trivy-system";

  /** The identity that signs the shop's images: its release workflow, keyless through Fulcio. */
  static final Attestor RELEASE_WORKFLOW =
      Attestor.keyless(
          "https://token.actions.githubusercontent.com",
          "https://github.com/example/shop/.github/workflows/release.yaml@refs/heads/main");

  private final Environment env;

  ShopPolicies(Environment env) {
    this.env = env;
  }

  /** The namespaces of the policy engine and the scanner, both restricted. */
  List<Namespace> namespaces() {
    return List.of(Namespace.of(KYVERNO), Namespace.of(TRIVY));
  }

  List<Component> components() {
    boolean prod = env.is("prod");
    // Three admission replicas where policies enforce, so admission never waits on one pod.
    Kyverno kyverno = Kyverno.builder().namespace(KYVERNO).admissionReplicas(prod ? 3 : 1).build();
    AdmissionPolicies policies =
        AdmissionPolicies.builder()
            .engine(PolicyEngine.KYVERNO)
            .mode(PolicyMode.AUDIT)
            .putMode(ShopPlatform.PROD.name(), PolicyMode.ENFORCE)
            .addVerification(
                ImageVerification.of("shop-images", RELEASE_WORKFLOW, ShopCompute.REGISTRY + "*"))
            .addDependsOn(kyverno)
            .build();
    TrivyOperator trivy =
        TrivyOperator.builder()
            .namespace(TRIVY)
            .addSeverity(Severity.HIGH, Severity.CRITICAL)
            .ignoreUnfixed(true)
            .scanJobsConcurrentLimit(prod ? 5 : 2)
            .addExcludeNamespaces("kube-system")
            .restrictedPods(true)
            // The node collector needs host access; node and CIS checks run elsewhere.
            .infraAssessmentScannerEnabled(false)
            .clusterComplianceEnabled(false)
            .build();
    List<Component> all = new java.util.ArrayList<>(List.of(kyverno, trivy));
    all.addAll(policies.components());
    return List.copyOf(all);
  }
}
