package dev.stackwright.security.policy;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.security.testing.CelPolicies;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdmissionPoliciesTest {
  static final Path CLUSTER_POLICIES =
      Path.of("src/test/resources/crds/kyverno.io_clusterpolicies.yaml");
  static final Path POLICIES = Path.of("src/test/resources/crds/kyverno.io_policies.yaml");
  static final Path TEMPLATES =
      Path.of("src/test/resources/crds/templates.gatekeeper.sh_constrainttemplates.yaml");
  static final Environment DEV = Environment.of("dev");
  static final Environment PROD = Environment.of("prod");

  private static List<HasMetadata> ofKind(SynthResult result, String kind) {
    return result.objects().stream().filter(o -> o.getKind().equals(kind)).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(HasMetadata o) {
    return (Map<String, Object>)
        ((GenericKubernetesResource) o).getAdditionalProperties().get("spec");
  }

  @Test
  void kyvernoGetsAClusterPolicyPerRuleCoveringTheStacksOwnNamespaces() {
    SynthResult result = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.KYVERNO, DEV));

    assertThat(result).isOk();
    List<HasMetadata> policies = ofKind(result, "ClusterPolicy");
    assertThat(policies)
        .extracting(p -> p.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "acme-restricted-profile",
            "acme-allowed-registries",
            "acme-required-labels",
            "acme-pinned-images",
            "acme-resource-limits");
    policies.forEach(p -> CrdSchemas.assertValid(p, CLUSTER_POLICIES));
    HasMetadata restricted =
        policies.stream()
            .filter(p -> p.getMetadata().getName().equals("acme-restricted-profile"))
            .findFirst()
            .orElseThrow();
    assertThat(restricted.getMetadata().getAnnotations())
        .containsEntry("stackwright.dev/rule", "security.pod-security-opt-out");
    // Only the restricted namespace gets the restricted profile; the baseline one does not.
    assertThat(CelPolicies.tree(restricted).toString())
        .contains("namespaces=[app]", "failureAction=Audit");
    HasMetadata limits =
        policies.stream()
            .filter(p -> p.getMetadata().getName().equals("acme-resource-limits"))
            .findFirst()
            .orElseThrow();
    assertThat(CelPolicies.tree(limits).toString()).contains("namespaces=[agents, app]");
  }

  @Test
  void theModeFollowsTheEnvironment() {
    SynthResult prod = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.KYVERNO, PROD));
    SynthResult gatekeeperProd =
        Synthesizer.synthesize(Fixtures.stack(PolicyEngine.GATEKEEPER, PROD));
    SynthResult gatekeeperDev =
        Synthesizer.synthesize(Fixtures.stack(PolicyEngine.GATEKEEPER, DEV));

    ofKind(prod, "ClusterPolicy")
        .forEach(p -> assertThat(CelPolicies.tree(p).toString()).contains("failureAction=Enforce"));
    assertThat(constraints(gatekeeperProd))
        .allSatisfy(c -> assertThat(spec(c)).containsEntry("enforcementAction", "deny"));
    assertThat(constraints(gatekeeperDev))
        .allSatisfy(c -> assertThat(spec(c)).containsEntry("enforcementAction", "dryrun"));
  }

  private static List<HasMetadata> constraints(SynthResult result) {
    return result.objects().stream()
        .filter(o -> o.getApiVersion().startsWith("constraints.gatekeeper.sh/"))
        .toList();
  }

  @Test
  void gatekeeperGetsValidTemplatesAndConstraintsValidForTheTemplatesOwnSchema() {
    SynthResult result = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.GATEKEEPER, DEV));

    assertThat(result).isOk();
    List<HasMetadata> templates = ofKind(result, "ConstraintTemplate");
    assertThat(templates)
        .extracting(t -> t.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "stackwrightrestrictedprofile",
            "stackwrightallowedregistries",
            "stackwrightrequiredlabels",
            "stackwrightpinnedimages",
            "stackwrightresourcelimits");
    templates.forEach(t -> CrdSchemas.assertValid(t, TEMPLATES));
    assertThat(constraints(result)).hasSize(5);
    for (HasMetadata c : constraints(result)) {
      HasMetadata template =
          templates.stream()
              .filter(
                  t ->
                      t.getMetadata()
                          .getName()
                          .equals(c.getKind().toLowerCase(java.util.Locale.ROOT)))
              .findFirst()
              .orElseThrow();
      CrdSchemas.assertValid(c, ConstraintCrds.crdOf(template));
    }
    HasMetadata registries =
        constraints(result).stream()
            .filter(c -> c.getKind().equals("StackwrightAllowedRegistries"))
            .findFirst()
            .orElseThrow();
    assertThat(spec(registries))
        .containsEntry("parameters", Map.of("registries", List.of("registry.example.com")));
  }

  @Test
  void aConstraintBreakingItsTemplatesSchemaIsRefused() {
    SynthResult result = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.GATEKEEPER, DEV));
    HasMetadata template =
        ofKind(result, "ConstraintTemplate").stream()
            .filter(t -> t.getMetadata().getName().equals("stackwrightrequiredlabels"))
            .findFirst()
            .orElseThrow();
    GenericKubernetesResource bad =
        new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
            .withApiVersion("constraints.gatekeeper.sh/v1beta1")
            .withKind("StackwrightRequiredLabels")
            .withNewMetadata()
            .withName("bad")
            .endMetadata()
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of(
                        "enforcementAction",
                        "deny",
                        "parameters",
                        Map.of("labels", "x", "other", 1))))
            .build();

    assertThat(String.join("\n", CrdSchemas.problems(bad, ConstraintCrds.crdOf(template))))
        .contains("labels", "other");
  }

  @Test
  void theEngineComesInAStageBeforeThePoliciesAndTemplatesBeforeConstraints() {
    SynthResult kyverno = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.KYVERNO, DEV));
    SynthResult gatekeeper = Synthesizer.synthesize(Fixtures.stack(PolicyEngine.GATEKEEPER, DEV));

    assertThat(stageOf(kyverno, "ClusterPolicy")).isGreaterThan(stageOf(kyverno, "HelmRelease"));
    assertThat(stageOf(gatekeeper, "ConstraintTemplate"))
        .isGreaterThan(stageOf(gatekeeper, "HelmRelease"));
    assertThat(stageOf(gatekeeper, "StackwrightPinnedImages"))
        .isGreaterThan(stageOf(gatekeeper, "ConstraintTemplate"));
  }

  private static int stageOf(SynthResult result, String kind) {
    for (Stage s : result.stages().stages()) {
      if (s.objects().stream().anyMatch(o -> o.object().getKind().equals(kind))) {
        return s.index();
      }
    }
    throw new AssertionError("no " + kind + " in any stage");
  }

  @Test
  void userRulesRenderBesideTheGeneratedOnesAndANamespacedOneIsAPolicy() {
    PolicyRule noDefaultAccount =
        PolicyRule.builder()
            .name("own-service-account")
            .description("Pods run as their own service account.")
            .addCheck(
                CelCheck.of(
                    "has(object.spec.serviceAccountName) && object.spec.serviceAccountName !="
                        + " 'default'",
                    "pods run as their own service account"))
            .namespace("app")
            .build();
    PolicyRule noNodePorts =
        PolicyRule.builder()
            .name("no-node-ports")
            .addKind(MatchKind.of("", "v1", "Service"))
            .addCheck(
                CelCheck.of(
                    "!has(object.spec.type) || object.spec.type != 'NodePort'", "no NodePort"))
            .build();
    var stack =
        Fixtures.stack(
                DEV,
                Fixtures.policies(PolicyEngine.KYVERNO)
                    .addCustomRules(noDefaultAccount, noNodePorts)
                    .build())
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result).isOk();
    HasMetadata policy = ofKind(result, "Policy").get(0);
    assertThat(policy.getMetadata().getNamespace()).isEqualTo("app");
    CrdSchemas.assertValid(policy, POLICIES);
    ofKind(result, "ClusterPolicy").forEach(p -> CrdSchemas.assertValid(p, CLUSTER_POLICIES));
    assertThat(ofKind(result, "ClusterPolicy"))
        .extracting(p -> p.getMetadata().getName())
        .contains("acme-no-node-ports");

    SynthResult gatekeeper =
        Synthesizer.synthesize(
            Fixtures.stack(
                    DEV,
                    Fixtures.policies(PolicyEngine.GATEKEEPER)
                        .addCustomRules(noDefaultAccount, noNodePorts)
                        .build())
                .build());
    assertThat(gatekeeper).isOk();
    assertThat(constraints(gatekeeper))
        .extracting(HasMetadata::getKind)
        .contains("StackwrightOwnServiceAccount", "StackwrightNoNodePorts");
  }

  @Test
  void withoutARegistryPolicyTheRegistryRuleIsLeftOut() {
    var stack =
        dev.stackwright.core.Stack.builder()
            .name("acme")
            .defaultNamespace("app")
            .addNamespace(dev.stackwright.core.Namespace.of("app"))
            .addNamespace(dev.stackwright.core.Namespace.of("kyverno"))
            .add(Fixtures.KYVERNO)
            .add(dev.stackwright.core.testing.TestWorkload.http("api"))
            .add(Fixtures.policies(PolicyEngine.KYVERNO).build().components())
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result).isOk();
    assertThat(ofKind(result, "ClusterPolicy"))
        .extracting(p -> p.getMetadata().getName())
        .doesNotContain("acme-allowed-registries")
        .hasSize(4);
  }
}
