package dev.stackwright.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.output.ArgoCdStages;
import dev.stackwright.core.output.DeliveryFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.ClusterModel;
import dev.stackwright.core.testing.StageWalk;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each delivery path brings the platform up on an empty cluster: the generated wiring, walked in
 * the order its tool applies it, never applies an object before its kind exists, never starts a
 * stage before the one it needs is ready, and applies every object exactly once.
 */
class DeliveryWalkTest {

  private static SynthResult platform(Delivery delivery) {
    return Synthesizer.synthesize(
        Platforms.platform().target(Platforms.target().build()).delivery(delivery).build());
  }

  @Test
  void fluxKustomizationsBringThePlatformUp() {
    ClusterModel cluster = StageWalk.walk(platform(Delivery.flux()));

    assertThat(cluster.applied()).containsKey("example.com/v1 Widget app/w1");
    assertThat(cluster.log())
        .containsSubsequence(
            "applied helm.toolkit.fluxcd.io/v2 HelmRelease ops/operator from Kustomization"
                + " demo-stage-0",
            "installed by release ops/operator ready after Kustomization demo-stage-0:"
                + " [Widget (example.com)]",
            "applied example.com/v1 Widget app/w1 from Kustomization demo-stage-1");
  }

  @Test
  void argoCdWavesBringThePlatformUp() {
    SynthResult result = platform(Delivery.argoCd("https://git.example.com/platform.git"));

    ClusterModel cluster = StageWalk.walk(result);

    assertThat(cluster.applied()).containsKey("example.com/v1 Gadget app/g1");
    assertThat(cluster.applied()).containsKey("argoproj.io/v1alpha1 Application argocd/operator");
  }

  @Test
  void argoCdCustomResourcesOfAnEarlierWavesCrdSkipTheDryRun() throws IOException {
    SynthResult result = platform(Delivery.argoCd("https://git.example.com/platform.git"));

    JsonNode widget = document(result, "stage-1/", "-widget-app-w1.yaml");
    JsonNode config = document(result, "stage-1/", "-configmap-app-after.yaml");
    assertThat(widget.at("/metadata/annotations").path(ArgoCdStages.SYNC_OPTIONS).asText())
        .isEqualTo(ArgoCdStages.SKIP_DRY_RUN);
    assertThat(config.at("/metadata/annotations").path(ArgoCdStages.SYNC_OPTIONS).isMissingNode())
        .isTrue();
    assertThat(ArgoCdStages.applications(result))
        .extracting(a -> a.getMetadata().getAnnotations().get(ArgoCdStages.SYNC_WAVE))
        .containsExactly("0", "1");
  }

  @Test
  void kubectlAndHelmfileBringThePlatformUp() {
    SynthResult result = platform(Delivery.kubectl());

    ClusterModel cluster = StageWalk.walk(result);

    assertThat(cluster.log())
        .contains("helm installed release ops/operator and waited for it")
        .noneMatch(line -> line.startsWith("applied") && line.contains("HelmRelease"));
    assertThat(cluster.applied()).containsKey("example.com/v1 Widget app/w1");
  }

  @Test
  void theWalkFailsWhenAnObjectComesBeforeItsKind() {
    // Without a stated target nothing is checked and nothing stages the widget: the walk sees it.
    SynthResult result =
        Synthesizer.synthesize(
            Platforms.stack(TestComponent.of("widgets").with(Platforms.widget("w1")))
                .delivery(Delivery.kubectl())
                .build());

    assertThatThrownBy(() -> StageWalk.walk(result))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("applied example.com/v1 Widget app/w1")
        .hasMessageContaining("before the cluster serves its kind");
  }

  @Test
  void theWalkFailsWhenAStageDoesNotWaitForTheOneBefore() {
    SynthResult result = platform(Delivery.flux());
    List<OutputFile> noDependsOn =
        edit(result, "stages.yaml", "  dependsOn:\n    - name: demo-stage-0\n", "");
    List<OutputFile> noWait = edit(result, "stages.yaml", "  wait: true\n", "");

    assertThatThrownBy(() -> StageWalk.walk(result, noDependsOn))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("from Kustomization demo-stage-1 before the cluster serves its kind");
    assertThatThrownBy(() -> StageWalk.walk(result, noWait))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("before the cluster serves its kind");
  }

  private static List<OutputFile> edit(SynthResult result, String path, String from, String to) {
    List<OutputFile> out = new ArrayList<>();
    for (OutputFile f : DeliveryFiles.of(result)) {
      if (f.path().equals(path)) {
        assertThat(f.content()).contains(from);
        out.add(new OutputFile(path, f.content().replace(from, to)));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static JsonNode document(SynthResult result, String folder, String suffix)
      throws IOException {
    for (OutputFile f : DeliveryFiles.of(result)) {
      if (f.path().startsWith(folder) && f.path().endsWith(suffix)) {
        return Yaml.trees(f.content()).get(0);
      }
    }
    throw new AssertionError("no " + folder + "*" + suffix);
  }
}
