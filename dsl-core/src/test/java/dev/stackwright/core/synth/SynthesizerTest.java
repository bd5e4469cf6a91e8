package dev.stackwright.core.synth;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.StackwrightException;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SynthesizerTest {

  private static Stack.Builder shop() {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop"));
  }

  @Test
  void appliesRecommendedAndStackLabelsToEveryObject() {
    Stack stack = shop().putLabel("team", "payments").add(TestComponent.of("api")).build();

    assertThat(stack)
        .object(ConfigMap.class, "shop", "api")
        .satisfies(
            cm ->
                assertThat(cm.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/name", "api")
                    .containsEntry("app.kubernetes.io/part-of", "shop")
                    .containsEntry("app.kubernetes.io/managed-by", "stackwright")
                    .containsEntry("team", "payments"));
  }

  @Test
  void componentsWithoutNamespaceUseTheStackDefault() {
    assertThat(shop().add(TestComponent.of("api")).build())
        .object(ConfigMap.class, "api")
        .extracting(cm -> cm.getMetadata().getNamespace())
        .isEqualTo("shop");
  }

  @Test
  void ordersByKindThenDependenciesThenNamespaceAndName() {
    TestComponent db = TestComponent.of("zz-db");
    TestComponent api =
        TestComponent.of("aa-api", db)
            .with(
                new ServiceBuilder()
                    .withNewMetadata()
                    .withName("aa-api")
                    .withNamespace("shop")
                    .endMetadata()
                    .build())
            .with(
                new ServiceAccountBuilder()
                    .withNewMetadata()
                    .withName("aa-api")
                    .withNamespace("shop")
                    .endMetadata()
                    .build());
    TestComponent web = TestComponent.of("mm-web");

    SynthResult result = Synthesizer.synthesize(shop().add(api, web, db).build());

    assertThat(result.entries())
        .extracting(SynthObject::describe)
        .containsExactly(
            "Namespace shop",
            "ServiceAccount shop/aa-api",
            // ConfigMaps: zz-db has no dependencies, so it comes before aa-api which needs it.
            "ConfigMap shop/mm-web",
            "ConfigMap shop/zz-db",
            "ConfigMap shop/aa-api",
            "Service shop/aa-api");
  }

  @Test
  void customResourcesComeAfterEveryBuiltInKind() {
    HasMetadata custom =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("ceph.rook.io/v1")
            .withKind("CephCluster")
            .withNewMetadata()
            .withName("ceph")
            .withNamespace("shop")
            .endMetadata()
            .build();
    SynthResult result =
        Synthesizer.synthesize(shop().add(TestComponent.of("a").with(custom)).build());

    assertThat(result.objects()).last().extracting(HasMetadata::getKind).isEqualTo("CephCluster");
  }

  /** A component whose synthesis finds a mistake only it can see, and throws it. */
  record Thrower(String name) implements Component {
    @Override
    public String kind() {
      return "thrower";
    }

    @Override
    public Layer layer() {
      return Layer.COMPUTE;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      throw StackwrightException.at("spec.size", "test.too-big", "the size is too big");
    }
  }

  @Test
  void anErrorAComponentThrowsWhileSynthesizingKeepsItsPathBelowTheComponent() {
    assertThat(shop().add(new Thrower("big")).build())
        .hasError("test.too-big", "stack shop / thrower big / spec.size", "the size is too big");
  }

  @Test
  void reportsEveryProblemTogetherWithPaths() {
    TestComponent outside = TestComponent.of("ghost");
    Stack stack =
        shop()
            .add(TestComponent.of("Bad_Name"))
            .add(TestComponent.of("api"), TestComponent.of("api"))
            .add(TestComponent.of("web", outside))
            .add(TestComponent.of("lost").in("elsewhere"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.objects()).isEmpty();
    assertThat(result)
        .isNotOk()
        .hasError(Rules.INVALID_NAME, "stack shop / test Bad_Name / name")
        .hasError(Rules.DUPLICATE_COMPONENT, "stack shop / test api")
        .hasError(Rules.UNKNOWN_REFERENCE, "stack shop / test web / dependsOn[0]")
        .hasError(Rules.UNKNOWN_NAMESPACE, "stack shop / test lost / namespace");
    assertThat(result.errors()).hasSize(4);
  }

  @Test
  void aDependencyCycleIsAnErrorNamingItsMembers() {
    Stack stack =
        shop()
            .add(
                CycleComponent.of("a", "b"),
                CycleComponent.of("b", "c"),
                CycleComponent.of("c", "a"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result).hasError(Rules.DEPENDENCY_CYCLE, "stack shop");
    assertThat(result.errors().get(0).message())
        .contains("test shop/a -> test shop/b -> test shop/c -> test shop/a");
  }

  @Test
  void twoComponentsSynthesizingTheSameObjectIsAnError() {
    HasMetadata clash =
        new ServiceBuilder()
            .withNewMetadata()
            .withName("x")
            .withNamespace("shop")
            .endMetadata()
            .build();
    Stack stack =
        shop().add(TestComponent.of("a").with(clash), TestComponent.of("b").with(clash)).build();

    assertThat(stack).hasError(Rules.DUPLICATE_OBJECT, "stack shop / test b");
  }

  @Test
  void warningsFailOnlyInStrictMode() {
    Stack stack = shop().add(TestComponent.of("api").warning("looks odd")).build();

    assertThat(Synthesizer.lenient().run(stack)).isOk().hasWarning("test.warning", "test api");
    assertThat(Synthesizer.strict().run(stack)).isNotOk();
    assertThat(Synthesizer.strict().run(stack).objects()).isEmpty();
  }

  @Test
  void aNamespacedComponentNeedsANamespace() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespaces(Namespace.of("a"), Namespace.of("b"))
            .add(TestComponent.of("api"))
            .build();

    assertThat(stack).hasError(Rules.MISSING_NAMESPACE, "stack shop / test api / namespace");
  }

  @Test
  void theSameStackSynthesizesToIdenticalBytes() {
    Stack one = shop().putLabel("b", "2").putLabel("a", "1").add(TestComponent.of("api")).build();
    Stack two = shop().putLabel("b", "2").putLabel("a", "1").add(TestComponent.of("api")).build();

    String first = Yaml.writeAll(Synthesizer.synthesize(one).objects());
    String second = Yaml.writeAll(Synthesizer.synthesize(two).objects());

    assertThat(first).isEqualTo(second).contains("a: \"1\"");
    assertThat(first.indexOf("a: \"1\"")).isLessThan(first.indexOf("b: \"2\""));
  }

  @Test
  void argoCdSyncWavesFollowTheApplyOrder() {
    TestComponent db = TestComponent.of("db");
    Stack stack = shop().argoCdSyncWaves(true).add(TestComponent.of("api", db), db).build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.objects())
        .extracting(
            o ->
                o.getMetadata().getName()
                    + "="
                    + o.getMetadata().getAnnotations().get("argocd.argoproj.io/sync-wave"))
        .containsExactly("shop=0", "db=1", "api=2");
  }

  /** Components that refer to each other by name, to build a cycle. */
  private record CycleComponent(String name, String next)
      implements dev.stackwright.core.Component {
    static CycleComponent of(String name, String next) {
      return new CycleComponent(name, next);
    }

    @Override
    public String kind() {
      return "test";
    }

    @Override
    public dev.stackwright.core.Layer layer() {
      return dev.stackwright.core.Layer.COMPUTE;
    }

    @Override
    public java.util.Optional<String> namespace() {
      return java.util.Optional.empty();
    }

    @Override
    public List<dev.stackwright.core.Component> dependsOn() {
      return List.of(TestComponent.of(next));
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
