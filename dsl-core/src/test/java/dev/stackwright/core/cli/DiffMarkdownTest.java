package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.patch.Patch;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --format markdown}: the comment a CI pipeline posts on a pull request. */
class DiffMarkdownTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(StackDefinition definition, String... args) {
    return Stackwright.run(args, definition, new PrintWriter(out), new PrintWriter(err));
  }

  private static Stack shop() {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(TestComponent.of("api"), TestComponent.of("web"))
        .build();
  }

  @Test
  void markdownListsEveryChangedObjectInATableAndItsFieldsInADiffBlock() {
    Path dist = dir.resolve("dist");
    run(() -> List.of(shop()), "synth", "--out", dist.toString());
    out.getBuffer().setLength(0);
    Stack changed =
        Stack.builder()
            .from(shop())
            .components(List.of(TestComponent.of("api"), TestComponent.of("worker")))
            .addPatch(
                Patch.typed(
                    ConfigMap.class,
                    "api",
                    cm -> new ConfigMapBuilder(cm).addToData("name", "renamed").build()))
            .build();

    int code =
        run(() -> List.of(changed), "diff", "--out", dist.toString(), "--format", "markdown");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("### Stackwright diff\n")
        .contains("#### stack shop (default): 3 objects differ against `")
        .contains("| changed | `ConfigMap shop/api (v1)` |")
        .contains("| removed | `ConfigMap shop/web (v1)` |")
        .contains("| added | `ConfigMap shop/worker (v1)` |")
        .contains("```diff\n- ConfigMap shop/web (v1)\n")
        .contains("~ ConfigMap shop/api (v1)\n      /data/name: \"api\" -> \"renamed\"\n")
        .doesNotContain("against " + dist + ":");
  }

  @Test
  void markdownSaysNoChangesWhenTheOutputIsTheSame() {
    Path dist = dir.resolve("dist");
    run(() -> List.of(shop()), "synth", "--out", dist.toString());
    out.getBuffer().setLength(0);

    int code =
        run(
            () -> List.of(shop()),
            "diff",
            "--out",
            dist.toString(),
            "--format",
            "markdown",
            "--exit-code");

    assertThat(code).isZero();
    assertThat(out.toString()).contains(": no changes against `").doesNotContain("```diff");
  }
}
