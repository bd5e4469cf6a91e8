package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.pod.BuildImage;
import dev.stackwright.core.testing.TestWorkload;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevFilesCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Path jibOutput, String... args) {
    StackDefinition definition =
        () ->
            List.of(
                Stack.builder()
                    .name("shop")
                    .addNamespace(Namespace.of("shop"))
                    .add(
                        TestWorkload.builder()
                            .name("orders")
                            .buildImage(BuildImage.jib(jibOutput))
                            .build())
                    .build());
    return Stackwright.run(args, definition, new PrintWriter(out), new PrintWriter(err));
  }

  private Path jibOutput() throws IOException {
    Path file = dir.resolve("orders/target/jib-image.json");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"image\":\"registry.example.com/shop/orders:1.0.0\",\"imageId\":\"sha256:"
            + "61bb".repeat(16)
            + "\",\"imageDigest\":\"sha256:"
            + "3f1b".repeat(16)
            + "\",\"tags\":[\"1.0.0\"],\"imagePushed\":true}");
    return file;
  }

  @Test
  void synthWithDevFilesWritesTheInnerLoopBesideTheManifests() throws IOException {
    Path dist = dir.resolve("dist");

    int code = run(jibOutput(), "synth", "--out", dist.toString(), "--dev-files");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dist.resolve("shop/dev-loop/skaffold.yaml")).content().contains("jib:");
    assertThat(dist.resolve("shop/dev-loop/Tiltfile")).content().contains("custom_build(");
    assertThat(dist.resolve("shop/kustomization.yaml")).content().doesNotContain("dev-loop");
  }

  @Test
  void devFilesAndTheReportAreWrittenInOneRun() throws IOException {
    Path dist = dir.resolve("dist");

    int code = run(jibOutput(), "synth", "--out", dist.toString(), "--dev-files", "--report");

    assertThat(code).as(err.toString()).isZero();
    assertThat(dist.resolve("shop/report.html")).exists();
    assertThat(dist.resolve("shop/dev-loop/Tiltfile")).exists();
  }

  @Test
  void synthWritesNoDevFilesUnlessAsked() throws IOException {
    Path dist = dir.resolve("dist");

    assertThat(run(jibOutput(), "synth", "--out", dist.toString())).isZero();

    assertThat(dist.resolve("shop/dev-loop")).doesNotExist();
  }

  @Test
  void devFilesNeedThePlainManifests() throws IOException {
    int code =
        run(
            jibOutput(),
            "synth",
            "--out",
            dir.resolve("dist").toString(),
            "--dev-files",
            "--format",
            "helm");

    assertThat(code).isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("--dev-files applies the plain manifests");
  }

  @Test
  void aMissingBuildOutputIsAReportNotAStackTrace() {
    Path dist = dir.resolve("dist");
    Path missing = dir.resolve("orders/target/jib-image.json");

    int code = run(missing, "synth", "--out", dist.toString(), "--dev-files");

    assertThat(code).isEqualTo(Stackwright.EXIT_INVALID);
    assertThat(err.toString())
        .contains(
            "stack shop / workload orders / container app / image: the build output "
                + missing.toAbsolutePath()
                + " does not exist; build the image with `mvn compile jib:build`")
        .contains("[pod.build-image-missing]")
        .doesNotContain("Exception");
    assertThat(dist).doesNotExist();
  }
}
