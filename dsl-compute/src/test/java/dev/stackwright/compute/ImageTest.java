package dev.stackwright.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.pod.Image;
import org.junit.jupiter.api.Test;

class ImageTest {

  @Test
  void parsesRegistryRepositoryAndTag() {
    Image image = Image.of("registry.example.com:5000/team/api:1.4.2");
    assertThat(image.problem()).isEmpty();
    assertThat(image.registry()).contains("registry.example.com:5000");
    assertThat(image.repository()).isEqualTo("team/api");
    assertThat(image.tag()).contains("1.4.2");
    assertThat(image.digest()).isEmpty();
    assertThat(image.unpinned()).isFalse();
  }

  @Test
  void imageWithoutRegistryComesFromDockerHub() {
    Image image = Image.of("library/nginx:1.27");
    assertThat(image.registry()).isEmpty();
    assertThat(image.effectiveRegistry()).isEqualTo("docker.io");
    assertThat(image.repository()).isEqualTo("library/nginx");
  }

  @Test
  void parsesDigest() {
    String digest = "sha256:" + "a".repeat(64);
    Image image = Image.of("ghcr.io/acme/api@" + digest);
    assertThat(image.digest()).contains(digest);
    assertThat(image.tag()).isEmpty();
    assertThat(image.unpinned()).isFalse();
  }

  @Test
  void untaggedOrLatestIsUnpinned() {
    assertThat(Image.of("nginx").unpinned()).isTrue();
    assertThat(Image.of("nginx:latest").unpinned()).isTrue();
  }

  @Test
  void malformedReferencesReportAProblem() {
    assertThat(Image.of("Registry.example.com/API:1").problem()).isPresent();
    assertThat(Image.of("").problem()).isPresent();
    assertThat(Image.of("api:bad tag").problem()).isPresent();
    assertThat(Image.of("api@sha256:xyz").problem()).isPresent();
  }
}
