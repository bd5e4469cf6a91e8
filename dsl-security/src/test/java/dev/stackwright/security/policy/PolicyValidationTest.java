package dev.stackwright.security.policy;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.security.supply.Attestor;
import dev.stackwright.security.supply.ImageVerification;
import org.junit.jupiter.api.Test;

/** Bad input to the policies, each reported with its rule id and path. */
class PolicyValidationTest {
  private static final Environment DEV = Environment.of("dev");

  private static SynthResult synth(AdmissionPolicies policies) {
    return Synthesizer.synthesize(Fixtures.stack(DEV, policies).build());
  }

  @Test
  void aPolicyForARuleThatDoesNotExistIsAnError() {
    SynthResult result =
        synth(
            Fixtures.policies(PolicyEngine.KYVERNO)
                .addRules("pod.unpinned-image", "pod.no-such-rule", "pod.unpinned-image")
                .build());

    assertThat(result)
        .hasError(
            PolicyRules.UNKNOWN_RULE,
            "admission-policies admission-policies / rules[1]",
            "no admission policy renders rule \"pod.no-such-rule\"")
        .hasError(PolicyRules.DUPLICATE_RULE, "admission-policies admission-policies / rules[2]");
  }

  @Test
  void aRuleWithoutItsInputIsAnError() {
    var stack =
        dev.stackwright.core.Stack.builder()
            .name("acme")
            .defaultNamespace("app")
            .addNamespace(dev.stackwright.core.Namespace.of("app"))
            .addNamespace(dev.stackwright.core.Namespace.of("kyverno"))
            .add(Fixtures.KYVERNO, dev.stackwright.core.testing.TestWorkload.http("api"))
            .add(
                Fixtures.policies(PolicyEngine.KYVERNO).addRule("pod.registry-not-allowed").build())
            .build();

    assertThat(Synthesizer.synthesize(stack))
        .hasError(
            PolicyRules.RULE_WITHOUT_INPUT, "admission-policies admission-policies / rules[0]");
  }

  @Test
  void badUserRulesLabelsNamespacesAndEnvironmentsAreErrors() {
    SynthResult result =
        synth(
            Fixtures.policies(PolicyEngine.KYVERNO)
                .addCustomRule(PolicyRule.builder().name("empty").build())
                .addCustomRule(
                    PolicyRule.builder()
                        .name("pinned-images")
                        .addKind(MatchKind.of("apps", "", "deployment"))
                        .addCheck(CelCheck.of(" ", ""))
                        .namespace("nowhere")
                        .build())
                .addRequiredLabel("not a label!")
                .addNamespace("elsewhere")
                .putMode("Prod!", PolicyMode.ENFORCE)
                .build());

    assertThat(result)
        .hasError(PolicyRules.INVALID_RULE, "rule empty / checks")
        .hasError(PolicyRules.DUPLICATE_RULE, "rule pinned-images / name")
        .hasError(PolicyRules.INVALID_RULE, "rule pinned-images / kinds[0]")
        .hasError(PolicyRules.INVALID_RULE, "rule pinned-images / checks[0].expression")
        .hasError(PolicyRules.INVALID_RULE, "rule pinned-images / checks[0].message")
        .hasError(PolicyRules.UNKNOWN_NAMESPACE, "rule pinned-images / namespace")
        .hasError(
            PolicyRules.INVALID_LABEL, "admission-policies admission-policies / requiredLabels[0]")
        .hasError(
            PolicyRules.UNKNOWN_NAMESPACE, "admission-policies admission-policies / namespaces[0]")
        .hasError(
            PolicyRules.INVALID_ENVIRONMENT,
            "admission-policies admission-policies / modes[Prod!]");
  }

  @Test
  void gatekeeperWithImageVerificationIsAnErrorNamingTheAlternative() {
    SynthResult result =
        synth(
            Fixtures.policies(PolicyEngine.GATEKEEPER).addVerification(Fixtures.signed()).build());

    assertThat(result)
        .hasError(
            PolicyRules.UNSUPPORTED_VERIFICATION,
            "admission-policies admission-policies / verifications",
            "use engine(PolicyEngine.KYVERNO)");
  }

  @Test
  void aVerificationForAnImageNoWorkloadUsesIsAWarning() {
    SynthResult result =
        synth(
            Fixtures.policies(PolicyEngine.KYVERNO)
                .addVerification(
                    ImageVerification.of(
                        "typo", Attestor.key(Fixtures.PEM), "registry.example.org/*"))
                .build());

    assertThat(result)
        .isOk()
        .hasWarning(PolicyRules.UNUSED_VERIFICATION, "verification typo / imageReferences");
  }

  @Test
  void incompleteAttestorsAreErrors() {
    SynthResult result =
        synth(
            Fixtures.policies(PolicyEngine.KYVERNO)
                .addVerification(
                    ImageVerification.of(
                        "no-issuer",
                        Attestor.builder().subject("ci@example.com").build(),
                        "registry.example.com/*"))
                .addVerification(
                    ImageVerification.of(
                        "no-subject",
                        Attestor.builder().issuer("https://accounts.google.com").build(),
                        "registry.example.com/*"))
                .addVerification(
                    ImageVerification.of(
                        "bad-key", Attestor.key("ssh-rsa AAAA"), "registry.example.com/*"))
                .addVerification(
                    ImageVerification.builder()
                        .name("no-images")
                        .attestor(Attestor.key(Fixtures.PEM))
                        .build())
                .addVerification(
                    ImageVerification.of("everything", Attestor.key(Fixtures.PEM), "*"))
                .build());

    assertThat(result)
        .hasError(PolicyRules.INVALID_VERIFICATION, "verification no-issuer / attestor / issuer")
        .hasError(PolicyRules.INVALID_VERIFICATION, "verification no-subject / attestor / subject")
        .hasError(PolicyRules.INVALID_VERIFICATION, "verification bad-key / attestor / publicKey")
        .hasError(PolicyRules.INVALID_VERIFICATION, "verification no-images / imageReferences")
        .hasError(PolicyRules.INVALID_VERIFICATION, "verification everything / imageReferences[0]");
  }

  @Test
  void policiesWithoutTheEngineAreAnUnknownKind() {
    var stack =
        dev.stackwright.core.Stack.builder()
            .name("acme")
            .target(Fixtures.TARGET)
            .defaultNamespace("app")
            .addNamespace(dev.stackwright.core.Namespace.of("app"))
            .add(dev.stackwright.core.testing.TestWorkload.http("api"))
            .add(AdmissionPolicies.builder().engine(PolicyEngine.KYVERNO).build().components())
            .build();

    assertThat(Synthesizer.synthesize(stack))
        .hasError(
            "cluster.unknown-kind",
            "admission-policies admission-policies / ClusterPolicy acme-pinned-images");
  }
}
