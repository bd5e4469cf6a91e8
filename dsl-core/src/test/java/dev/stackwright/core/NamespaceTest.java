package dev.stackwright.core;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamespaceLabeler;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceTest {

  @Test
  void aNamespaceEnforcesTheRestrictedPodSecurityStandardByDefault() {
    Stack stack = Stack.builder().name("shop").addNamespace(Namespace.of("shop")).build();

    assertThat(stack)
        .object(io.fabric8.kubernetes.api.model.Namespace.class, "shop")
        .satisfies(
            ns ->
                assertThat(ns.getMetadata().getLabels())
                    .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                    .containsEntry("pod-security.kubernetes.io/enforce-version", "latest")
                    .containsEntry("pod-security.kubernetes.io/audit", "restricted")
                    .containsEntry("pod-security.kubernetes.io/warn", "restricted"));
  }

  @Test
  void aWeakerProfileIsVisibleAndWarns() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(
                Namespace.builder().name("legacy").podSecurity(PodSecurityLevel.BASELINE).build())
            .build();

    assertThat(stack)
        .hasWarning(Rules.POD_SECURITY_OPT_OUT, "stack shop / namespace legacy / podSecurity")
        .object(io.fabric8.kubernetes.api.model.Namespace.class, "legacy")
        .extracting(ns -> ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"))
        .isEqualTo("baseline");
  }

  @Test
  void anExistingNamespaceIsUsableButNotSynthesized() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespaces(Namespace.of("shop"), Namespace.existing("kube-system"))
            .add(TestComponent.of("agent").in("kube-system"))
            .build();

    assertThat(stack).all(io.fabric8.kubernetes.api.model.Namespace.class).hasSize(1);
  }

  @Test
  void otherLayersContributeNamespaceLabelsAndAnnotations() {
    Stack stack =
        Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(new Injector()).build();

    assertThat(stack)
        .object(io.fabric8.kubernetes.api.model.Namespace.class, "shop")
        .satisfies(
            ns -> {
              assertThat(ns.getMetadata().getLabels()).containsEntry("mesh", "on");
              assertThat(ns.getMetadata().getAnnotations()).containsEntry("inject", "yes");
            });
  }

  /** A component that labels every namespace, like a mesh membership. */
  private static final class Injector implements Component, NamespaceLabeler {
    @Override
    public Map<String, String> namespaceLabels(String namespace) {
      return Map.of("mesh", "on");
    }

    @Override
    public Map<String, String> namespaceAnnotations(String namespace) {
      return Map.of("inject", "yes");
    }

    @Override
    public String name() {
      return "mesh";
    }

    @Override
    public String kind() {
      return "injector";
    }

    @Override
    public Layer layer() {
      return Layer.MESH;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
