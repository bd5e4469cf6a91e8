package dev.stackwright.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.security.testing.CelPolicies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated policies evaluated offline with Google's CEL for Java, as Kyverno and Gatekeeper
 * evaluate them: every pod the stack synthesizes is admitted; a pod that breaks one rule is refused
 * by that rule, and only by it.
 */
class OfflineEvaluationTest {

  private static SynthResult synth(PolicyEngine engine) {
    SynthResult result = Synthesizer.synthesize(Fixtures.stack(engine, Environment.of("prod")));
    assertThat(result.ok()).as("%s", result.diagnostics()).isTrue();
    return result;
  }

  @ParameterizedTest
  @EnumSource(PolicyEngine.class)
  void everyPodOfTheStackIsAdmitted(PolicyEngine engine) {
    SynthResult result = synth(engine);
    CelPolicies policies = CelPolicies.of(result.objects());
    List<Map<String, Object>> pods = CelPolicies.pods(result.objects());

    assertThat(policies.size()).isGreaterThanOrEqualTo(12);
    assertThat(pods).hasSize(2);
    pods.forEach(p -> assertThat(policies.refusals(p)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(PolicyEngine.class)
  void aPodBreakingOneRuleIsRefusedByThatRule(PolicyEngine engine) {
    SynthResult result = synth(engine);
    CelPolicies policies = CelPolicies.of(result.objects());
    Map<String, Object> good =
        CelPolicies.pods(result.objects()).stream()
            .filter(p -> CelPolicies.map(p.get("metadata")).get("namespace").equals("app"))
            .findFirst()
            .orElseThrow();

    Map<String, Consumer<Map<String, Object>>> breaks = new LinkedHashMap<>();
    breaks.put("host network", p -> spec(p).put("hostNetwork", true));
    breaks.put("host PID", p -> spec(p).put("hostPID", true));
    breaks.put(
        "hostPath",
        p ->
            spec(p)
                .put("volumes", List.of(Map.of("name", "root", "hostPath", Map.of("path", "/")))));
    breaks.put("privileged", p -> security(p).put("privileged", true));
    breaks.put("privilege escalation", p -> security(p).put("allowPrivilegeEscalation", true));
    breaks.put("root", p -> security(p).put("runAsNonRoot", false));
    breaks.put("uid 0", p -> security(p).put("runAsUser", 0));
    breaks.put(
        "capabilities",
        p ->
            security(p)
                .put("capabilities", Map.of("add", List.of("NET_ADMIN"), "drop", List.of("ALL"))));
    breaks.put("no drop", p -> security(p).remove("capabilities"));
    breaks.put(
        "seccomp",
        p -> {
          podSecurity(p).put("seccompProfile", Map.of("type", "Unconfined"));
          security(p).remove("seccompProfile");
        });
    breaks.put("registry", p -> container(p).put("image", "evil.example.org/shop/api:1.0.0"));
    breaks.put("docker hub", p -> container(p).put("image", "nginx:1.27"));
    breaks.put("label", p -> CelPolicies.map(p.get("metadata")).put("labels", Map.of("x", "y")));
    breaks.put("latest", p -> container(p).put("image", "registry.example.com/shop/api:latest"));
    breaks.put("untagged", p -> container(p).put("image", "registry.example.com/shop/api"));
    breaks.put(
        "limits", p -> container(p).put("resources", Map.of("requests", Map.of("cpu", "1"))));

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("host network", "restricted-profile");
    expected.put("host PID", "restricted-profile");
    expected.put("hostPath", "restricted-profile");
    expected.put("privileged", "restricted-profile");
    expected.put("privilege escalation", "restricted-profile");
    expected.put("root", "restricted-profile");
    expected.put("uid 0", "restricted-profile");
    expected.put("capabilities", "restricted-profile");
    expected.put("no drop", "restricted-profile");
    expected.put("seccomp", "restricted-profile");
    expected.put("registry", "allowed-registries");
    expected.put("docker hub", "allowed-registries");
    expected.put("label", "required-labels");
    expected.put("latest", "pinned-images");
    expected.put("untagged", "pinned-images");
    expected.put("limits", "resource-limits");

    List<String> wrong = new ArrayList<>();
    breaks.forEach(
        (what, change) -> {
          Map<String, Object> pod = copy(good);
          change.accept(pod);
          List<String> refusals = policies.refusals(pod);
          String rule = expected.get(what);
          String ruleKind = GatekeeperPolicies.kindOf(rule);
          boolean byRule =
              !refusals.isEmpty()
                  && refusals.stream().allMatch(r -> r.contains(rule) || r.contains(ruleKind));
          if (!byRule) {
            wrong.add(what + " -> " + refusals);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PolicyEngine.class)
  void theRestrictedProfileDoesNotApplyInABaselineNamespace(PolicyEngine engine) {
    SynthResult result = synth(engine);
    CelPolicies policies = CelPolicies.of(result.objects());
    Map<String, Object> agent =
        copy(
            CelPolicies.pods(result.objects()).stream()
                .filter(p -> CelPolicies.map(p.get("metadata")).get("namespace").equals("agents"))
                .findFirst()
                .orElseThrow());
    spec(agent).put("hostNetwork", true);

    assertThat(policies.refusals(agent)).isEmpty();
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

  private static Map<String, Object> spec(Map<String, Object> pod) {
    return CelPolicies.map(pod.get("spec"));
  }

  private static Map<String, Object> podSecurity(Map<String, Object> pod) {
    return CelPolicies.map(
        spec(pod).computeIfAbsent("securityContext", k -> new LinkedHashMap<>()));
  }

  private static Map<String, Object> container(Map<String, Object> pod) {
    return CelPolicies.map(CelPolicies.list(spec(pod).get("containers")).get(0));
  }

  private static Map<String, Object> security(Map<String, Object> pod) {
    return CelPolicies.map(
        container(pod).computeIfAbsent("securityContext", k -> new LinkedHashMap<>()));
  }
}
