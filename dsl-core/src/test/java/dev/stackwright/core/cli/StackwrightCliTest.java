package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.platform.BrokenPlatform;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.validate.Acknowledgement;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackwrightCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(StackDefinition definition, String... args) {
    return Stackwright.run(args, definition, new PrintWriter(out), new PrintWriter(err));
  }

  private static Stack good() {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(TestComponent.of("api"), TestComponent.of("web").warning("no probes"))
        .build();
  }

  private static Stack bad() {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(TestComponent.of("Bad"), TestComponent.of("api", TestComponent.of("ghost")))
        .build();
  }

  @Test
  void aLayoutThatCannotKeepTheApplyOrderFailsValidateAsItFailsSynth() {
    TestComponent route = TestComponent.of("route").inLayer(Layer.NETWORK);
    StackDefinition backwards =
        () ->
            List.of(
                Stack.builder()
                    .name("shop")
                    .addNamespace(Namespace.of("shop"))
                    .add(route, TestComponent.of("api", route))
                    .build());
    Path dist = dir.resolve("dist");

    assertThat(run(backwards, "validate")).isZero();
    assertThat(run(backwards, "validate", "--layout", "per-layer")).isEqualTo(1);
    assertThat(run(backwards, "synth", "--out", dist.toString(), "--layout", "per-layer"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("stack shop / test api: test shop/api (compute) needs test shop/route (network)")
        .contains("[output.layer-order]")
        .contains("nothing was written");
    assertThat(dist).doesNotExist();
  }

  @Test
  void synthWritesEveryStackAndPrintsASummary() {
    Path dist = dir.resolve("dist");

    int code = run(() -> List.of(good()), "synth", "--out", dist.toString());

    assertThat(code).isZero();
    assertThat(dist.resolve("shop/kustomization.yaml")).exists();
    assertThat(dist.resolve("shop/002-configmap-shop-api.yaml")).exists();
    assertThat(out.toString())
        .contains("stack shop (default): 3 objects, 1 warning")
        .contains("by layer: core 1, compute 2")
        .contains("by kind:  ConfigMap 2, Namespace 1")
        .contains("wrote 13 files (per-object layout)");
    assertThat(dist.resolve("shop/flux/stages.yaml")).exists();
    assertThat(err.toString()).contains("warning stack shop / test web: no probes");
  }

  @Test
  void synthWiresTheStagesForTheDeliveryToolAskedFor() {
    Path dist = dir.resolve("dist");

    int code =
        run(() -> List.of(good()), "synth", "--out", dist.toString(), "--delivery", "kubectl");

    assertThat(code).isZero();
    assertThat(dist.resolve("shop/kubectl/apply.sh"))
        .content()
        .contains("kubectl apply --server-side -k stage-0");
    assertThat(dist.resolve("shop/flux")).doesNotExist();
    assertThat(run(() -> List.of(good()), "synth", "--out", dist.toString(), "--delivery", "helm"))
        .isEqualTo(Stackwright.EXIT_USAGE);
    assertThat(err.toString()).contains("expected flux, argo-cd or kubectl, was 'helm'");
  }

  @Test
  void argoCdFromTheCommandLineNeedsTheStacksRepository() {
    int code =
        run(
            () -> List.of(good()),
            "synth",
            "--out",
            dir.resolve("dist").toString(),
            "--delivery",
            "argo-cd");

    assertThat(code).isEqualTo(Stackwright.EXIT_INVALID);
    assertThat(err.toString())
        .contains("stack shop / delivery argocd / repoUrl", "[stage.invalid-delivery]");
  }

  @Test
  void everyErrorIsReportedWithItsPathAndTheOutputIsLeftUntouched() throws IOException {
    Path dist = dir.resolve("dist");
    assertThat(run(() -> List.of(good()), "synth", "--out", dist.toString())).isZero();
    String before = Files.readString(dist.resolve("shop/002-configmap-shop-api.yaml"));

    int code = run(() -> List.of(bad()), "synth", "--out", dist.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("stack shop (default): 2 errors")
        .contains("stack shop / test Bad / name")
        .contains("stack shop / test api / dependsOn[0]")
        .contains("is unchanged")
        .doesNotContain("Exception", "\tat ");
    assertThat(dist.resolve("shop/002-configmap-shop-api.yaml")).hasContent(before);
  }

  @Test
  void strictModeFailsOnWarnings() {
    assertThat(run(() -> List.of(good()), "validate")).isZero();
    assertThat(run(() -> List.of(good()), "validate", "--strict")).isEqualTo(1);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run(() -> List.of(good()), "synth", "--layout", "sideways")).isEqualTo(2);
    assertThat(err.toString()).contains("expected single, per-layer or per-object");
    assertThat(run(() -> List.of(good()), "frobnicate")).isEqualTo(2);
    assertThat(run(() -> List.of(good()))).isEqualTo(2);
  }

  @Test
  void anOutputFolderHoldingOtherFilesIsRefused() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Main.java"), "class Main {}");

    assertThat(run(() -> List.of(good()), "synth", "--out", src.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("holds files Stackwright did not write");
    assertThat(src.resolve("Main.java")).exists();
  }

  @Test
  void aDefinitionThatThrowsIsReportedWithTheFramesOfTheUsersCodeOnly() {
    int code = run(BrokenPlatform::stacks, "validate");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "error: the stack definition threw NullPointerException: Stack.builder().add(...):"
                + " argument 1 of 1 is null; was it built after the stack, or returned by a method"
                + " that returned null? (at com.example.platform.BrokenPlatform.shop(BrokenPlatform.java:")
        .contains("    at com.example.platform.BrokenPlatform.shop(BrokenPlatform.java:")
        .contains("    at com.example.platform.BrokenPlatform.stacks(BrokenPlatform.java:")
        .contains("frames of Stackwright, the JDK and libraries left out; --stacktrace shows them")
        .doesNotContain("dev.stackwright.core.Stack$Builder", "\tat ");
  }

  @Test
  void stacktraceShowsEveryFrame() {
    int code = run(BrokenPlatform::stacks, "validate", "--stacktrace");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("\tat dev.stackwright.core.Stack$Builder.nonNull(Stack.java:")
        .contains("\tat com.example.platform.BrokenPlatform.shop(BrokenPlatform.java:");
  }

  @Test
  void anUnknownStackIsAUsageErrorNamingTheKnownOnes() {
    int code = run(() -> List.of(good()), "synth", "--stack", "shop", "--stack", "shopp");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "error: unknown stack \"shopp\" in --stack; the definition has: shop"
                + System.lineSeparator());
  }

  @Test
  void diffAgainstAFolderThatDoesNotExistIsAnError() {
    Path missing = dir.resolve("missing");

    int code = run(() -> List.of(good()), "diff", "--out", missing.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(
            "error: nothing to compare with: "
                + missing
                + " does not exist or is not a folder; run synth first");
  }

  @Test
  void diffAgainstAFolderWithoutPlainOutputIsAnError() {
    Path dist = dir.resolve("dist");
    assertThat(run(() -> List.of(good()), "synth", "--out", dist.toString(), "--format", "helm"))
        .isZero();

    int code = run(() -> List.of(good()), "diff", "--out", dist.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "error: nothing to compare with: "
                + dist
                + " holds no plain YAML output for stack shop (default); was it written with"
                + " --format plain?");
  }

  @Test
  void theSummaryListsWhatWasAcknowledgedAndWhy() {
    Stack acknowledged =
        Stack.builder()
            .from(good())
            .acknowledge(
                Acknowledgement.of("test.warning", "test web", "probes arrive with the next image"))
            .build();

    int code =
        run(() -> List.of(acknowledged), "synth", "--strict", "--out", dir.resolve("d").toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("stack shop (default): 3 objects, 0 warnings")
        .contains("  acknowledged: 1 warning")
        .contains(
            "    test.warning at stack shop / test web (1): probes arrive with the next image");
  }

  @Test
  void diffListsObjectsAddedRemovedAndChangedWithFieldPaths() {
    Path dist = dir.resolve("dist");
    run(() -> List.of(good()), "synth", "--out", dist.toString());
    Stack changed =
        Stack.builder()
            .from(good())
            .components(List.of(TestComponent.of("api"), TestComponent.of("worker")))
            .addPatch(
                Patch.typed(
                    ConfigMap.class,
                    "api",
                    cm -> new ConfigMapBuilder(cm).addToData("name", "renamed").build()))
            .build();

    int code = run(() -> List.of(changed), "diff", "--out", dist.toString(), "--exit-code");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("3 objects differ")
        .contains("~ ConfigMap shop/api (v1)")
        .contains("/data/name: \"api\" -> \"renamed\"")
        .contains("- ConfigMap shop/web (v1)")
        .contains("+ ConfigMap shop/worker (v1)");
  }
}
