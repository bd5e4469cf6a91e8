package dev.stackwright.core.pod;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildImageTest {
  private static final String DIGEST = "sha256:" + "3f1b".repeat(16);
  private static final String IMAGE_ID = "sha256:" + "61bb".repeat(16);
  private static final String PATH = "workload orders / container app / image";

  @TempDir Path dir;

  /** Writes {@code orders/<folder>/jib-image.json} as Jib writes it (one line of JSON). */
  private Path jibOutput(String folder, String json) throws IOException {
    Path file = dir.resolve("orders").resolve(folder).resolve("jib-image.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
    return file;
  }

  private static String jibJson(String image, String digest) {
    return "{\"image\":\""
        + image
        + "\",\"imageId\":\""
        + IMAGE_ID
        + "\",\"imageDigest\":\""
        + digest
        + "\",\"tags\":[\"1.4.0\",\"latest\"],\"imagePushed\":true}";
  }

  private static Stack stack(BuildImage build, Component... more) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(TestWorkload.builder().name("orders").buildImage(build).build())
        .add(more)
        .build();
  }

  private static String written(SynthResult result) {
    return result
        .all(Deployment.class)
        .get(0)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getImage();
  }

  @Test
  void aJibOutputPinsTheWorkloadsImageByDigest() throws IOException {
    Path file = jibOutput("target", jibJson("registry.example.com/shop/orders:1.4.0", DIGEST));

    SynthResult result = assertThat(stack(BuildImage.jib(file))).isOk().actual();

    assertThat(written(result)).isEqualTo("registry.example.com/shop/orders@" + DIGEST);
    assertThat(result.buildImages()).containsOnlyKeys("registry.example.com/shop/orders");
    assertThat(result.buildImages().get("registry.example.com/shop/orders").resolvedContext())
        .isEqualTo(dir.resolve("orders").toAbsolutePath().normalize());
  }

  @Test
  void theToolAndTheApplicationFolderFollowFromWhereJibWroteTheFile() throws IOException {
    Path maven = jibOutput("target", jibJson("registry.example.com/shop/orders:1", DIGEST));
    Path gradle = jibOutput("build", jibJson("registry.example.com/shop/orders:1", DIGEST));

    assertThat(BuildImage.jib(maven).tool()).isEqualTo(BuildTool.JIB_MAVEN);
    assertThat(BuildImage.jib(gradle).tool()).isEqualTo(BuildTool.JIB_GRADLE);
    assertThat(BuildImage.jib(gradle).resolvedContext())
        .isEqualTo(dir.resolve("orders").toAbsolutePath().normalize());
    assertThat(BuildImage.docker(maven, dir.resolve("web")).dockerfile()).isEqualTo("Dockerfile");
  }

  @Test
  void aPinnedBuildImageNeedsNoLockLineAndStillMeetsTheRegistryPolicy() throws IOException {
    Path file = jibOutput("target", jibJson("registry.example.com/shop/orders:1.4.0", DIGEST));

    assertThat(stack(BuildImage.jib(file), ImageLock.builder().build()))
        .isOk()
        .hasNoDiagnostic(PodRules.IMAGE_NOT_LOCKED)
        .hasNoDiagnostic(PodRules.UNPINNED_IMAGE);
    assertThat(stack(BuildImage.jib(file), RegistryPolicy.allow("harbor.example.com")))
        .hasError(PodRules.REGISTRY_NOT_ALLOWED, PATH, "registry.example.com is not allowed");
  }

  @Test
  void theSameMetadataGivesTheSameBytes() throws IOException {
    Path file = jibOutput("target", jibJson("registry.example.com/shop/orders:1.4.0", DIGEST));

    String first = Yaml.writeAll(Synthesizer.synthesize(stack(BuildImage.jib(file))).objects());
    String second = Yaml.writeAll(Synthesizer.synthesize(stack(BuildImage.jib(file))).objects());

    assertThat(first).isEqualTo(second);
  }

  @Test
  void aMissingBuildOutputIsReportedWithTheFileAndTheCommandThatWritesIt() {
    Path file = dir.resolve("orders/target/jib-image.json");

    assertThat(stack(BuildImage.jib(file)))
        .isNotOk()
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, file.toAbsolutePath() + " does not exist")
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, "`mvn compile jib:build`")
        .hasNoDiagnostic(PodRules.INVALID_IMAGE);
    assertThat(stack(BuildImage.jib(dir.resolve("orders/build/jib-image.json"))))
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, "`gradle jib`");
  }

  @Test
  void aBuildOutputThatIsNotJsonIsReported() throws IOException {
    Path file = jibOutput("target", "{\"image\": \"registry.example.com/shop/orders:1\",");

    assertThat(stack(BuildImage.jib(file)))
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, file.toAbsolutePath() + " is not JSON");
  }

  @Test
  void aBuildOutputWithoutADigestIsReported() throws IOException {
    Path file =
        jibOutput("target", "{\"image\":\"registry.example.com/shop/orders:1\",\"tags\":[\"1\"]}");

    assertThat(stack(BuildImage.jib(file)))
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, "has no \"imageDigest\"");
  }

  @Test
  void aBuildOutputWithABadDigestOrImageIsReported() throws IOException {
    Path badDigest =
        jibOutput("target", jibJson("registry.example.com/shop/orders:1", "sha256:abc"));
    assertThat(stack(BuildImage.jib(badDigest)))
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, "imageDigest \"sha256:abc\"");

    Path badImage = jibOutput("build", jibJson("Registry Example/Orders", DIGEST));
    assertThat(stack(BuildImage.jib(badImage)))
        .hasError(PodRules.BUILD_IMAGE_MISSING, PATH, "not an image reference");
  }
}
