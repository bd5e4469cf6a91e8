package dev.stackwright.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
  @TempDir Path dir;

  private static SynthResult shop() {
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .add(
                TestComponent.of("api")
                    .with(
                        new ServiceBuilder()
                            .withNewMetadata()
                            .withName("api")
                            .withNamespace("shop")
                            .endMetadata()
                            .withNewSpec()
                            .addNewPort()
                            .withPort(80)
                            .endPort()
                            .endSpec()
                            .build()),
                TestComponent.of("web"))
            .build());
  }

  @Test
  void perObjectFilesAreNumberedInApplyOrderAndListedInTheKustomization() {
    List<OutputFile> files = ManifestFiles.of(shop(), Layout.PER_OBJECT);

    assertThat(files)
        .extracting(OutputFile::path)
        .containsExactly(
            "001-namespace-shop.yaml",
            "002-configmap-shop-api.yaml",
            "003-configmap-shop-web.yaml",
            "004-service-shop-api.yaml",
            "kustomization.yaml",
            "stack.md");
    assertThat(files.get(4).content())
        .isEqualTo(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - 001-namespace-shop.yaml
            - 002-configmap-shop-api.yaml
            - 003-configmap-shop-web.yaml
            - 004-service-shop-api.yaml
            """);
  }

  @Test
  void perLayerAndSingleFileLayoutsKeepApplyOrderInsideEachFile() {
    assertThat(ManifestFiles.of(shop(), Layout.PER_LAYER))
        .extracting(OutputFile::path)
        .containsExactly("00-core.yaml", "04-compute.yaml", "kustomization.yaml", "stack.md");
    String single = ManifestFiles.of(shop(), Layout.SINGLE_FILE).get(0).content();
    assertThat(single.indexOf("kind: Namespace")).isLessThan(single.indexOf("kind: ConfigMap"));
    assertThat(single.indexOf("kind: ConfigMap")).isLessThan(single.indexOf("kind: Service"));
  }

  @Test
  void thePerLayerLayoutRefusesAComponentThatNeedsALaterLayer() {
    TestComponent route = TestComponent.of("route").inLayer(Layer.NETWORK);
    SynthResult result =
        Synthesizer.synthesize(
            Stack.builder()
                .name("shop")
                .addNamespace(Namespace.of("shop"))
                .add(route, TestComponent.of("api", route))
                .build());

    assertThatThrownBy(() -> ManifestFiles.of(result, Layout.PER_LAYER))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("test shop/api (compute) needs test shop/route (network)");
    assertThat(ManifestFiles.of(result, Layout.PER_OBJECT)).isNotEmpty();
    assertThat(ManifestFiles.layoutProblems(result, Layout.PER_LAYER))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo(ManifestFiles.LAYER_ORDER);
              assertThat(d.path()).isEqualTo("stack shop / test api");
              assertThat(d.message()).contains("needs test shop/route (network)");
            });
    assertThat(ManifestFiles.layoutProblems(result, Layout.PER_OBJECT)).isEmpty();
  }

  @Test
  void writingTwiceGivesIdenticalBytes() throws IOException {
    OutputFolder a = OutputFolder.at(dir.resolve("a"));
    OutputFolder b = OutputFolder.at(dir.resolve("b"));
    StackOutput.write(a, List.of(shop()), Layout.PER_OBJECT);
    StackOutput.write(b, List.of(shop()), Layout.PER_OBJECT);

    List<Path> files;
    try (Stream<Path> walk = Files.walk(a.path())) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files)
        .extracting(f -> a.path().relativize(f).toString())
        .contains("shop/flux/stages.yaml");
    List<Path> others;
    try (Stream<Path> walk = Files.walk(b.path())) {
      others = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(others)
        .extracting(f -> b.path().relativize(f).toString())
        .containsExactlyInAnyOrderElementsOf(
            files.stream().map(f -> a.path().relativize(f).toString()).toList());
    for (Path f : files) {
      assertThat(f).hasSameBinaryContentAs(b.path().resolve(a.path().relativize(f)));
    }
  }

  @Test
  void aFolderWithForeignFilesIsRefusedAndLeftAlone() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "precious");

    assertThatThrownBy(
            () -> StackOutput.write(OutputFolder.at(home), List.of(shop()), Layout.PER_OBJECT))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("holds files Stackwright did not write");
    assertThat(home.resolve("notes.txt")).hasContent("precious");
  }

  @Test
  void aRewriteReplacesThePreviousOutputWhole() throws IOException {
    OutputFolder out = OutputFolder.at(dir.resolve("dist"));
    StackOutput.write(out, List.of(shop()), Layout.PER_OBJECT);
    StackOutput.write(out, List.of(shop()), Layout.SINGLE_FILE);

    assertThat(list(out.path().resolve("shop")))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("flux", "kustomization.yaml", "manifests.yaml", "stack.md");
    assertThat(out.path().resolve(OutputFolder.MARKER)).exists();
    try (Stream<Path> siblings = Files.list(dir)) {
      // Only the folder and its lock file: no staging folder or backup is left behind.
      assertThat(siblings)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("dist", ".dist.lock");
    }
  }

  @Test
  void aStageFolderFollowsTheLayout() throws IOException {
    OutputFolder out = OutputFolder.at(dir.resolve("dist"));
    StackOutput.write(out, List.of(shop()), Layout.SINGLE_FILE);
    Path stage = out.path().resolve("shop/flux/stage-0");

    assertThat(list(stage))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("kustomization.yaml", "manifests.yaml");
    assertThat(stage.resolve("kustomization.yaml")).content().endsWith("- manifests.yaml\n");
    // One stage holds every object: its file is the stack's manifests.yaml, byte for byte.
    assertThat(stage.resolve("manifests.yaml"))
        .hasSameBinaryContentAs(out.path().resolve("shop/manifests.yaml"));
  }

  @Test
  void aStageCopyOfAnObjectFileIsTheSameFile() throws IOException {
    OutputFolder out = OutputFolder.at(dir.resolve("dist"));
    StackOutput.write(out, List.of(shop()), Layout.PER_OBJECT);
    Path plain = out.path().resolve("shop/004-service-shop-api.yaml");
    Path staged = out.path().resolve("shop/flux/stage-0/004-service-shop-api.yaml");

    assertThat(staged).hasSameBinaryContentAs(plain);
    // Written once and hard-linked: creating a file costs more than linking one on most disks.
    assertThat(Files.isSameFile(staged, plain)).isTrue();
  }

  @Test
  void theKustomizationBuildsWithKubectl() throws Exception {
    assumeTrue(onPath("kubectl"), "kubectl is not installed");
    OutputFolder out = OutputFolder.at(dir.resolve("dist"));
    StackOutput.write(out, List.of(shop()), Layout.PER_OBJECT);

    Process p =
        new ProcessBuilder("kubectl", "kustomize", out.path().resolve("shop").toString())
            .redirectErrorStream(true)
            .start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("kind: Namespace", "kind: ConfigMap", "kind: Service");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
