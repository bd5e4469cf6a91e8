package dev.stackwright.core.stage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.TestComponent;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every object checked against the stated target cluster: kinds, classes, API versions. */
class ClusterChecksTest {

  private static TestComponent with(GenericKubernetesResource object) {
    return TestComponent.of("thing").with(object);
  }

  @Test
  void aCustomResourceThatNothingProvidesIsAnErrorAtItsComponent() {
    var stack =
        Platforms.stack(TestComponent.of("widgets").with(Platforms.widget("w1")))
            .target(Platforms.target().build())
            .build();

    assertThat(stack)
        .hasError(ClusterRules.UNKNOWN_KIND, "stack demo / test widgets / Widget app/w1");
    assertThat(Synthesizer.synthesize(stack).errors().get(0).message())
        .contains("Widget (example.com)", "Prerequisite.crds(");
  }

  @Test
  void clusterErrorsComeInTheSameRoundAsObjectLevelErrors() {
    var stack =
        Platforms.stack(
                TestComponent.of("widgets").with(Platforms.widget("w1")),
                TestComponent.of("copy").with(Platforms.widget("w1")))
            .target(Platforms.target().build())
            .build();

    assertThat(stack)
        .hasError(Rules.DUPLICATE_OBJECT, "stack demo / test copy")
        .hasError(ClusterRules.UNKNOWN_KIND, "stack demo / test widgets / Widget app/w1");
  }

  @Test
  void aKindIsProvidedByAReleaseACrdObjectOrAPrerequisite() {
    var stated =
        Platforms.target()
            .provides(Prerequisite.crds("widgets", Prerequisite.kinds("example.com", "Widget")));

    assertThat(Platforms.platform().target(Platforms.target().build()).build())
        .isOk()
        .hasNoDiagnostic(ClusterRules.UNKNOWN_KIND);
    assertThat(
            Platforms.stack(TestComponent.of("widgets").with(Platforms.widget("w1")))
                .target(stated.build())
                .build())
        .isOk();
  }

  @Test
  void aReleaseWhoseValuesSwitchItsCrdsOffProvidesNothing() {
    var stack =
        Platforms.stack(
                Platforms.operator().putValue("crds", Map.of("enabled", false)).build(),
                TestComponent.of("widgets").with(Platforms.widget("w1")))
            .target(Platforms.target().build())
            .build();

    assertThat(stack).hasError(ClusterRules.UNKNOWN_KIND, "test widgets / Widget app/w1");
  }

  @Test
  void withoutAStatedTargetCustomKindsAreAssumedInstalled() {
    SynthResult result =
        Synthesizer.strict()
            .run(Platforms.stack(TestComponent.of("widgets").with(Platforms.widget("w1"))).build());

    assertThat(result).isOk();
    assertThat(result.stages().targetStated()).isFalse();
    assertThat(result.stages().target().kubernetesVersion())
        .isEqualTo(TargetCluster.DEFAULT_KUBERNETES_VERSION);
  }

  @Test
  void anIngressClassNobodyServesIsAnError() {
    GenericKubernetesResource ingress =
        Platforms.object("networking.k8s.io/v1", "Ingress", "app", "web");
    ingress.setAdditionalProperties(Map.of("spec", Map.of("ingressClassName", "traefik")));
    GenericKubernetesResource served =
        Platforms.object("networking.k8s.io/v1", "Ingress", "app", "api");
    served.setAdditionalProperties(Map.of("spec", Map.of("ingressClassName", "nginx")));

    var stack =
        Platforms.stack(with(ingress).with(served)).target(Platforms.target().build()).build();

    assertThat(stack).hasError(ClusterRules.UNSERVED_CLASS, "test thing / Ingress app/web");
    assertThat(Synthesizer.synthesize(stack).errors())
        .extracting(Diagnostic::path)
        .noneMatch(p -> p.contains("Ingress app/api"));
  }

  @Test
  void aGatewayClassIsServedByAReleaseThatSaysSo() {
    GenericKubernetesResource gateway =
        Platforms.object("gateway.networking.k8s.io/v1", "Gateway", "app", "edge");
    gateway.setAdditionalProperties(Map.of("spec", Map.of("gatewayClassName", "istio")));
    var target = Platforms.target().provides(Prerequisite.GATEWAY_API_STANDARD).build();

    assertThat(Platforms.stack(with(gateway)).target(target).build())
        .hasError(ClusterRules.UNSERVED_CLASS, "test thing / Gateway app/edge");
    assertThat(
            Platforms.stack(
                    with(gateway), Platforms.operator().addServedGatewayClass("istio").build())
                .target(target)
                .build())
        .isOk();
  }

  @Test
  void aRemovedApiVersionIsAnErrorAndADeprecatedOneAWarning() {
    var stack =
        Platforms.stack(
                with(Platforms.object("policy/v1beta1", "PodDisruptionBudget", "app", "old"))
                    .with(Platforms.object("v1", "Endpoints", "app", "legacy")))
            .target(Platforms.target().kubernetesVersion("1.33").build())
            .build();

    assertThat(stack)
        .hasError(ClusterRules.REMOVED_API, "test thing / PodDisruptionBudget app/old")
        .hasWarning(ClusterRules.DEPRECATED_API, "test thing / Endpoints app/legacy");
    assertThat(Synthesizer.synthesize(stack).errors().get(0).message())
        .contains("policy/v1beta1", "1.25", "use policy/v1");
  }

  @Test
  void anApiVersionNewerThanTheTargetIsAnError() {
    var stack =
        Platforms.stack(
                with(Platforms.object("storage.k8s.io/v1", "CSIStorageCapacity", "app", "c")))
            .target(Platforms.target().kubernetesVersion("1.22").build())
            .build();

    assertThat(stack).hasError(ClusterRules.UNRELEASED_API, "CSIStorageCapacity app/c");
  }

  @Test
  void aVersionThatIsNotOneDotNIsAnError() {
    assertThat(
            Platforms.stack(TestComponent.of("a"))
                .target(Platforms.target().kubernetesVersion("latest").build())
                .build())
        .hasError(ClusterRules.INVALID_VERSION, "stack demo / target.kubernetesVersion");
  }

  @Test
  void aStageCycleIsAnErrorNamingItsMembers() {
    TestComponent widgets = TestComponent.of("widgets").with(Platforms.widget("w1"));
    var stack =
        Platforms.stack(Platforms.operator().addDependsOn(widgets).build(), widgets)
            .target(Platforms.target().build())
            .build();

    assertThat(stack).hasError(StageRules.CYCLE, "stack demo / release operator");
    String message =
        Synthesizer.synthesize(stack).errors().stream()
            .filter(d -> d.rule().equals(StageRules.CYCLE))
            .findFirst()
            .orElseThrow()
            .message();
    assertThat(message)
        .contains("release ops/operator", "test app/widgets", "Widget app/w1 needs the CRD");
  }

  @Test
  void fluxDeliveryNeedsFluxInTheTargetCluster() {
    var stack =
        Platforms.stack(TestComponent.of("a"))
            .target(TargetCluster.builder().kubernetesVersion("1.31").build())
            .build();

    assertThat(stack).hasError(ClusterRules.UNKNOWN_KIND, "stack demo / delivery flux");
  }

  @Test
  void fluxDurationsAndTheArgoCdRepositoryAreChecked() {
    assertThat(
            Platforms.stack(TestComponent.of("a"))
                .delivery(FluxDelivery.builder().interval("ten minutes").build())
                .build())
        .hasError(StageRules.INVALID_DELIVERY, "stack demo / delivery flux / interval");
    assertThat(Platforms.stack(TestComponent.of("a")).delivery(Delivery.argoCd(" ")).build())
        .hasError(StageRules.INVALID_DELIVERY, "stack demo / delivery argocd / repoUrl");
  }
}
