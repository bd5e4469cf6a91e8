package dev.stackwright.security.supply;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.security.policy.AdmissionPolicies;
import dev.stackwright.security.policy.Kyverno;
import dev.stackwright.security.policy.PolicyEngine;
import dev.stackwright.security.policy.PolicyMode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplyChainTest {
  private static final Path CLUSTER_POLICIES =
      Path.of("src/test/resources/crds/kyverno.io_clusterpolicies.yaml");
  private static final String PEM =
      """
          -----BEGIN PUBLIC KEY-----
          MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM
          5/KAQN0/KjHcorm/J5yQtvsD6ITFktzi02E8FJB/b4tqxKZOSvQMS7TIXQ==
          -----END PUBLIC KEY-----""";
  private static final TargetCluster TARGET =
      TargetCluster.builder().kubernetesVersion("1.32").provides(Prerequisite.FLUX).build();

  private static Stack.Builder stack(Environment env) {
    return Stack.builder()
        .name("acme")
        .environment(env)
        .target(TARGET)
        .defaultNamespace("app")
        .addNamespace(Namespace.of("app"))
        .addNamespace(Namespace.of("kyverno"))
        .add(TestWorkload.http("api"));
  }

  private static HasMetadata verifyPolicy(SynthResult result) {
    return result.objects().stream()
        .filter(o -> o.getMetadata().getName().equals("acme-verify-images"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void keyAndKeylessVerificationsBecomeAValidVerifyImagesPolicy() {
    Kyverno kyverno = Kyverno.in("kyverno");
    AdmissionPolicies policies =
        AdmissionPolicies.builder()
            .engine(PolicyEngine.KYVERNO)
            .putMode("prod", PolicyMode.ENFORCE)
            .addVerification(
                ImageVerification.of("by-key", Attestor.key(PEM), "registry.example.com/*"))
            .addVerification(
                ImageVerification.of(
                    "by-ci",
                    Attestor.builder()
                        .issuer("https://token.actions.githubusercontent.com")
                        .subjectRegExp("https://github.com/example/.*")
                        .rekorUrl("https://rekor.sigstore.dev")
                        .build(),
                    "registry.example.com/stackwright/*"))
            .addDependsOn(kyverno)
            .build();

    SynthResult result =
        Synthesizer.synthesize(stack(Environment.of("prod")).add(kyverno).add(policies).build());

    assertThat(result).isOk();
    HasMetadata verify = verifyPolicy(result);
    CrdSchemas.assertValid(verify, CLUSTER_POLICIES);
    String yaml = dev.stackwright.core.yaml.Yaml.write(verify);
    assertThat(yaml)
        .contains(
            "publicKeys: |-\n",
            "issuer: https://token.actions.githubusercontent.com",
            "subjectRegExp: https://github.com/example/.*",
            "failureAction: Enforce",
            "mutateDigest: false",
            "- registry.example.com/stackwright/*");
  }

  @Test
  void theSchemaRefusesAnAttestorItDoesNotKnow() throws java.io.IOException {
    Kyverno kyverno = Kyverno.in("kyverno");
    AdmissionPolicies policies =
        AdmissionPolicies.builder()
            .engine(PolicyEngine.KYVERNO)
            .addVerification(
                ImageVerification.of("by-key", Attestor.key(PEM), "registry.example.com/*"))
            .addDependsOn(kyverno)
            .build();
    HasMetadata verify =
        verifyPolicy(
            Synthesizer.synthesize(stack(Environment.of("dev")).add(kyverno, policies).build()));
    String broken =
        dev.stackwright.core.yaml.Yaml.write(verify).replace("publicKeys:", "publicKey:");

    HasMetadata parsed =
        dev.stackwright.core.yaml.Yaml.fromTree(
            dev.stackwright.core.yaml.Yaml.trees(broken).get(0),
            io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
    assertThat(String.join("\n", CrdSchemas.problems(parsed, CLUSTER_POLICIES)))
        .contains("publicKey");
  }

  @Test
  void trivyOperatorSettingsUseTheChartsNames() {
    TrivyOperator trivy =
        TrivyOperator.builder()
            .namespace("trivy-system")
            .addSeverity(Severity.CRITICAL, Severity.HIGH)
            .ignoreUnfixed(true)
            .scanJobsConcurrentLimit(3)
            .addExcludeNamespaces("kube-system")
            .infraAssessmentScannerEnabled(false)
            .clusterComplianceEnabled(false)
            .build();

    assertThat(trivy.values())
        .containsEntry("excludeNamespaces", "kube-system")
        .containsEntry("trivy", Map.of("severity", "HIGH,CRITICAL", "ignoreUnfixed", true));
    @SuppressWarnings("unchecked")
    Map<String, Object> operator = (Map<String, Object>) trivy.values().get("operator");
    assertThat(operator)
        .containsEntry("scanJobsConcurrentLimit", 3)
        .containsEntry("infraAssessmentScannerEnabled", false)
        .containsEntry("clusterComplianceEnabled", false);
    assertThat(trivy.installedKinds())
        .contains(ApiKind.of("aquasecurity.github.io", "VulnerabilityReport"));
    assertThat(trivy.release().chart()).isEqualTo("trivy-operator");
    assertThat(trivy.release().version()).isEqualTo("0.34.0");
  }

  @Test
  void trivysPodsAreCheckedAgainstTheirNamespacesLevel() {
    Namespace restricted = Namespace.of("trivy-system");
    Namespace baseline =
        Namespace.builder().name("trivy-system").podSecurity(PodSecurityLevel.BASELINE).build();
    TrivyOperator noNodeCollector =
        TrivyOperator.builder()
            .namespace("trivy-system")
            .infraAssessmentScannerEnabled(false)
            .clusterComplianceEnabled(false)
            .build();

    assertThat(
            Synthesizer.synthesize(
                stack(Environment.DEFAULT).addNamespace(restricted).add(noNodeCollector).build()))
        .hasError("pod.pod-security-level", "release trivy-operator / restrictedPods");
    assertThat(
            Synthesizer.synthesize(
                stack(Environment.DEFAULT)
                    .addNamespace(restricted)
                    .add(TrivyOperator.builder().from(noNodeCollector).restrictedPods(true).build())
                    .build()))
        .isOk();
    assertThat(
            Synthesizer.synthesize(
                stack(Environment.DEFAULT).addNamespace(baseline).add(noNodeCollector).build()))
        .isOk();
    assertThat(
            Synthesizer.synthesize(
                stack(Environment.DEFAULT)
                    .addNamespace(baseline)
                    .add(TrivyOperator.builder().namespace("trivy-system").build())
                    .build()))
        .hasError(
            "pod.pod-security-level", "release trivy-operator / infraAssessmentScannerEnabled");
  }

  @Test
  void badScanSettingsAreErrors() {
    TrivyOperator bad =
        TrivyOperator.builder()
            .namespace("trivy-system")
            .scanJobsConcurrentLimit(0)
            .scanJobTimeout("five minutes")
            .addTargetNamespaces("app")
            .addExcludeNamespaces("kube-system")
            .infraAssessmentScannerEnabled(false)
            .clusterComplianceEnabled(false)
            .build();
    Namespace baseline =
        Namespace.builder().name("trivy-system").podSecurity(PodSecurityLevel.BASELINE).build();

    assertThat(
            Synthesizer.synthesize(
                stack(Environment.DEFAULT).addNamespace(baseline).add(bad).build()))
        .hasError("security.invalid-setting", "release trivy-operator / scanJobsConcurrentLimit")
        .hasError("security.invalid-setting", "release trivy-operator / scanJobTimeout")
        .hasError("security.invalid-setting", "release trivy-operator / excludeNamespaces");
  }

  @Test
  void imagePatternsAreGlobs() {
    ImageVerification v =
        ImageVerification.of(
            "v", Attestor.key(PEM), "registry.example.com/shop/*", "ghcr.io/x/y:?.0");

    assertThat(v.matches("registry.example.com/shop/api:1.4.0")).isTrue();
    assertThat(v.matches("ghcr.io/x/y:1.0")).isTrue();
    assertThat(v.matches("registry.example.com/other/api:1.4.0")).isFalse();
  }
}
