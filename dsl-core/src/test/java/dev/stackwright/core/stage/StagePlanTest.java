package dev.stackwright.core.stage;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a stack's objects are split into apply stages. */
class StagePlanTest {

  private static List<String> stage(SynthResult result, int index) {
    return result.stages().stages().get(index).objects().stream()
        .map(SynthObject::describe)
        .toList();
  }

  @Test
  void operatorsAndCrdsComeFirstThenTheirCustomResourcesAndWhatNeedsThose() {
    SynthResult result =
        Synthesizer.synthesize(Platforms.platform().target(Platforms.target().build()).build());

    assertThat(result).isOk();
    assertThat(result.stages().stages()).hasSize(2);
    assertThat(stage(result, 0))
        .containsExactly(
            "Namespace ops",
            "CustomResourceDefinition gadgets.example.com",
            "HelmRelease ops/operator",
            "HelmRepository ops/operator");
    assertThat(stage(result, 1))
        .containsExactly(
            "Namespace app",
            "ConfigMap app/plain",
            "ConfigMap app/widgets",
            "ConfigMap app/after",
            "Gadget app/g1",
            "Widget app/w1");
    assertThat(result.stages().stages().get(0).installs())
        .extracting(k -> k.crdName())
        .containsExactly("gadgets.example.com", "widgets.example.com");
  }

  @Test
  void whatAReleaseNeedsComesInItsStageOrBefore() {
    TestComponent config = TestComponent.of("operator-config").in("ops");
    SynthResult result =
        Synthesizer.synthesize(
            Platforms.stack(
                    Platforms.operator().addDependsOn(config).build(),
                    config,
                    TestComponent.of("widgets").with(Platforms.widget("w1")))
                .target(Platforms.target().build())
                .build());

    assertThat(stage(result, 0))
        .contains("ConfigMap ops/operator-config", "HelmRelease ops/operator");
    assertThat(stage(result, 1)).contains("Widget app/w1", "ConfigMap app/widgets");
  }

  @Test
  void everyObjectIsInExactlyOneStageInApplyOrder() {
    SynthResult result =
        Synthesizer.synthesize(Platforms.platform().target(Platforms.target().build()).build());

    List<SynthObject> staged =
        result.stages().stages().stream().flatMap(s -> s.objects().stream()).toList();
    assertThat(staged)
        .hasSameSizeAs(result.entries())
        .containsExactlyInAnyOrderElementsOf(result.entries());
  }

  @Test
  void aStackOfBuiltInKindsIsOneStage() {
    SynthResult result = Synthesizer.synthesize(Platforms.stack(TestComponent.of("a")).build());

    assertThat(result.stages().stages()).hasSize(1);
    assertThat(result.stages().stages().get(0).name()).isEqualTo("stage-0");
  }

  @Test
  void aReleaseWithItsCrdsSwitchedOffInstallsNothing() {
    var release = Platforms.operator().putValue("crds", java.util.Map.of("enabled", false)).build();

    assertThat(release.installedKinds()).isEmpty();
    assertThat(Platforms.operator().build().installedKinds())
        .extracting(k -> k.crdName())
        .containsExactly("widgets.example.com");
  }
}
