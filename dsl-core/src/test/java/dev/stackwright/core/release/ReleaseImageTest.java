package dev.stackwright.core.release;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.pod.ImageLock;
import dev.stackwright.core.pod.ImageMirror;
import dev.stackwright.core.pod.ImageMirrors;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseImageTest {
  private static final String DIGEST = "sha256:" + "cd".repeat(32);
  private static final ImageMirrors HUB =
      ImageMirrors.of(ImageMirror.of("docker.io", "harbor.example.com/dockerhub"));

  private static ChartRelease.Builder redis() {
    return ChartRelease.builder()
        .name("cache")
        .namespace("cache")
        .chart("redis")
        .repository("https://charts.example.com")
        .version("1.0.0")
        .putValue("image", Map.of("pullPolicy", "IfNotPresent"))
        .addImage(ReleaseImage.of("image", "redis:7.4.1"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Component... components) {
    Stack stack =
        Stack.builder()
            .name("platform")
            .addNamespace(Namespace.of("cache"))
            .add(components)
            .build();
    SynthResult result = Synthesizer.synthesize(stack);
    assertThat(result).isOk();
    GenericKubernetesResource release =
        (GenericKubernetesResource) result.find("HelmRelease", "cache", "cache").orElseThrow();
    return (Map<String, Object>)
        ((Map<String, Object>) release.getAdditionalProperties().get("spec")).get("values");
  }

  @Test
  void aReleaseImageIsWrittenThroughTheMirrorIntoTheChartValues() {
    assertThat(values(redis().build(), HUB))
        .isEqualTo(
            Map.of(
                "image",
                Map.of(
                    "pullPolicy", "IfNotPresent",
                    "repository", "harbor.example.com/dockerhub/library/redis",
                    "tag", "7.4.1")));
  }

  @Test
  void aReleaseImageWithoutMirrorOrLockLeavesTheChartDefault() {
    assertThat(values(redis().build()))
        .isEqualTo(Map.of("image", Map.of("pullPolicy", "IfNotPresent")));
  }

  @Test
  void anUnmirroredReleaseImageIsStillPinnedFromTheLock() {
    ChartRelease release =
        redis()
            .images(java.util.List.of(ReleaseImage.of("image", "redis:7.4.1").unmirrored()))
            .build();
    ImageLock lock = ImageLock.parse("redis:7.4.1 " + DIGEST, "images.lock");

    assertThat(values(release, HUB, lock))
        .extractingByKey("image")
        .isEqualTo(
            Map.of("pullPolicy", "IfNotPresent", "repository", "redis", "tag", "7.4.1@" + DIGEST));
  }

  @Test
  void theRegistryPolicyIsCheckedOnTheReleaseImageAsWritten() {
    Stack stack =
        Stack.builder()
            .name("platform")
            .addNamespace(Namespace.of("cache"))
            .add(redis().build(), RegistryPolicy.allow("registry.example.com"))
            .build();

    assertThat(stack).hasError(PodRules.REGISTRY_NOT_ALLOWED, "release cache / values.image");
  }
}
