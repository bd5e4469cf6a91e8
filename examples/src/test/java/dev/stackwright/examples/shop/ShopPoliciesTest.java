package dev.stackwright.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.security.testing.CelPolicies;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shop's admission policies, evaluated offline with Google's CEL for Java the way Kyverno
 * evaluates them: every pod template of the platform is admitted, and a shop pod that breaks one
 * rule is refused by that rule.
 */
class ShopPoliciesTest {
  private static final Path CLUSTER_POLICIES =
      Path.of("../dsl-security/src/test/resources/crds/kyverno.io_clusterpolicies.yaml");

  private static SynthResult synth(String env) {
    SynthResult result = Synthesizer.strict().run(ShopPlatform.stack(Environment.of(env)));
    assertThat(result.ok()).as("%s", result.diagnostics()).isTrue();
    return result;
  }

  private static List<HasMetadata> clusterPolicies(SynthResult result) {
    return result.objects().stream().filter(o -> o.getKind().equals("ClusterPolicy")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodTemplateOfThePlatformIsAdmitted(String env) {
    SynthResult result = synth(env);
    CelPolicies policies = CelPolicies.of(result.objects());
    List<Map<String, Object>> pods = CelPolicies.pods(result.objects());

    assertThat(policies.size()).isGreaterThanOrEqualTo(11);
    assertThat(pods).hasSizeGreaterThanOrEqualTo(7);
    Map<String, List<String>> refused = new LinkedHashMap<>();
    for (Map<String, Object> pod : pods) {
      List<String> r = policies.refusals(pod);
      if (!r.isEmpty()) {
        refused.put(String.valueOf(CelPolicies.map(pod.get("metadata")).get("labels")), r);
      }
    }
    assertThat(refused).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void aShopPodBreakingOneRuleIsRefusedByThatRule(String env) {
    SynthResult result = synth(env);
    CelPolicies policies = CelPolicies.of(result.objects());
    Map<String, Object> api =
        CelPolicies.pods(result.objects()).stream()
            .filter(p -> CelPolicies.map(p.get("metadata")).get("namespace").equals("shop"))
            .findFirst()
            .orElseThrow();

    Map<String, Consumer<Map<String, Object>>> breaks = new LinkedHashMap<>();
    breaks.put("restricted-profile", p -> security(p).put("allowPrivilegeEscalation", true));
    breaks.put("required-labels", p -> CelPolicies.map(p.get("metadata")).remove("labels"));
    breaks.put("pinned-images", p -> container(p).put("image", "registry.example.com/shop/api"));
    breaks.put("resource-limits", p -> container(p).remove("resources"));

    List<String> wrong = new ArrayList<>();
    breaks.forEach(
        (rule, change) -> {
          Map<String, Object> pod = copy(api);
          change.accept(pod);
          List<String> refusals = policies.refusals(pod);
          if (refusals.isEmpty() || !refusals.stream().allMatch(r -> r.contains("shop-" + rule))) {
            wrong.add(rule + " -> " + refusals);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void policiesAuditInDevEnforceInProdAndAreValidClusterPolicies(String env) {
    SynthResult result = synth(env);

    assertThat(clusterPolicies(result))
        .extracting(p -> p.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "shop-restricted-profile",
            "shop-required-labels",
            "shop-pinned-images",
            "shop-resource-limits",
            "shop-verify-images");
    for (HasMetadata p : clusterPolicies(result)) {
      CrdSchemas.assertValid(p, CLUSTER_POLICIES);
      assertThat(Yaml.write(p))
          .contains("failureAction: " + (env.equals("prod") ? "Enforce" : "Audit"));
      if (!p.getMetadata().getName().equals("shop-verify-images")) {
        // Only the namespace with the shop's own pods: monitoring and rook-ceph hold releases.
        assertThat(Yaml.write(p))
            .contains("namespaces:\n                - shop\n              operations");
      }
    }
    assertThat(stageOf(result, "ClusterPolicy")).isGreaterThan(stageOf(result, "HelmRelease"));
  }

  private static int stageOf(SynthResult result, String kind) {
    for (Stage s : result.stages().stages()) {
      if (s.objects().stream().anyMatch(o -> o.object().getKind().equals(kind))) {
        return s.index();
      }
    }
    throw new AssertionError("no " + kind + " in any stage");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> pod) {
    return (Map<String, Object>) mutable(pod);
  }

  private static Object mutable(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), mutable(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(mutable(v)));
      return out;
    }
    return o;
  }

  private static Map<String, Object> container(Map<String, Object> pod) {
    return CelPolicies.map(
        CelPolicies.list(CelPolicies.map(pod.get("spec")).get("containers")).get(0));
  }

  private static Map<String, Object> security(Map<String, Object> pod) {
    return CelPolicies.map(
        container(pod).computeIfAbsent("securityContext", k -> new LinkedHashMap<>()));
  }
}
