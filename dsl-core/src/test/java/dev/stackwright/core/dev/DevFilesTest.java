package dev.stackwright.core.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.pod.BuildImage;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevFilesTest {
  private static final String DIGEST = "sha256:" + "3f1b".repeat(16);
  private static final String ORDERS = "registry.example.com/shop/orders";
  private static final String WEB = "registry.example.com/shop/web";

  /** The Tiltfile functions the generator may call, as Tilt's API reference lists them. */
  private static final Set<String> TILT_BUILTINS =
      Set.of("custom_build", "docker_build", "k8s_yaml", "kustomize");

  @TempDir Path dir;
  private Path root;
  private BuildImage orders;
  private BuildImage web;

  @BeforeEach
  void applications() throws IOException {
    root = dir.resolve("platform/dist");
    orders = BuildImage.jib(metadata(dir.resolve("apps/orders/target/jib-image.json"), ORDERS));
    Path webFolder = dir.resolve("apps/web");
    Files.createDirectories(webFolder);
    Files.writeString(webFolder.resolve("Dockerfile"), "FROM scratch\n");
    web = BuildImage.docker(metadata(webFolder.resolve("out/image.json"), WEB), webFolder);
  }

  private static Path metadata(Path file, String image) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"image\":\""
            + image
            + ":1.0.0\",\"imageId\":\"sha256:"
            + "61bb".repeat(16)
            + "\",\"imageDigest\":\""
            + DIGEST
            + "\",\"tags\":[\"1.0.0\"],\"imagePushed\":true}");
    return file;
  }

  private SynthResult shop() {
    return Synthesizer.synthesize(
            Stack.builder()
                .name("shop")
                .addNamespace(Namespace.of("shop"))
                .add(
                    TestWorkload.builder().name("orders").buildImage(orders).build(),
                    TestWorkload.builder().name("web").buildImage(web).build(),
                    TestWorkload.http("cache"))
                .build())
        .orThrow();
  }

  private static String content(List<OutputFile> files, String path) {
    return files.stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + files))
        .content();
  }

  @Test
  void skaffoldBuildsEveryImageFromABuildAndAppliesTheStagesInOrder() {
    SynthResult result = shop();
    String skaffold = content(DevFiles.of(result, root), "shop/dev-loop/skaffold.yaml");

    List<String> stages = new ArrayList<>();
    result.stages().stages().forEach(s -> stages.add("    - \"" + s.name() + "\""));
    assertThat(skaffold)
        .startsWith("# Builds the application images of shop")
        .contains(
            "apiVersion: skaffold/v4beta14\nkind: Config\n",
            "  - image: \""
                + ORDERS
                + "\"\n    context: \"../../../../apps/orders\"\n"
                + "    jib:\n      type: maven\n",
            "  - image: \""
                + WEB
                + "\"\n    context: \"../../../../apps/web\"\n"
                + "    docker:\n      dockerfile: \"Dockerfile\"\n",
            "manifests:\n  kustomize:\n    paths:\n" + String.join("\n", stages) + "\n",
            "deploy:\n  kubectl: {}\n")
        .doesNotContain("cache");
  }

  @Test
  void skaffoldYamlIsValidForSkaffoldsSchema() throws IOException {
    String skaffold = content(DevFiles.of(shop(), root), "shop/dev-loop/skaffold.yaml");
    Schema schema =
        SchemaRegistry.withDefaultDialect(Dialects.getDraft7())
            .getSchema(
                Files.readString(Path.of("src/test/resources/schemas/skaffold-v4beta14.json")),
                InputFormat.JSON);
    JsonNode tree = Yaml.mapper().readTree(skaffold);

    List<Error> errors = schema.validate(tree);

    assertThat(errors).isEmpty();
    assertThat(tree.path("build").path("artifacts")).hasSize(2);
    // The schema check can fail: an unknown field is refused.
    assertThat(schema.validate(Yaml.mapper().readTree(skaffold + "deployment: {}\n"))).isNotEmpty();
  }

  @Test
  void theSameStackGivesTheSameBytes() {
    assertThat(DevFiles.of(shop(), root)).isEqualTo(DevFiles.of(shop(), root));
  }

  @Test
  void eachStageOverlayTagsTheBuiltImagesSoTheLoopCanReplaceThem() {
    SynthResult result = shop();
    String stage = result.stages().stages().get(0).name();

    String overlay =
        content(DevFiles.of(result, root), "shop/dev-loop/" + stage + "/kustomization.yaml");

    assertThat(overlay)
        .isEqualTo(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                + "- \"../../flux/"
                + stage
                + "\"\nimages:\n- name: \""
                + ORDERS
                + "\"\n  newTag: dev\n- name: \""
                + WEB
                + "\"\n  newTag: dev\n");
  }

  @Test
  void kustomizeRendersTheStageWithTheBuiltImagesUnpinned() throws Exception {
    assumeTrue(onPath("kubectl"), "kubectl is not installed");
    SynthResult result = shop();
    write(result);
    Path overlay = root.resolve("shop/dev-loop").resolve(result.stages().stages().get(0).name());

    String rendered = run(List.of("kubectl", "kustomize", overlay.toString()), root);

    assertThat(rendered)
        .contains("image: " + ORDERS + ":dev", "image: " + WEB + ":dev")
        .doesNotContain(DIGEST)
        .contains("image: " + TestWorkload.DEFAULT_IMAGE);
  }

  @Test
  void tiltfileIsStarlarkCallingOnlyTiltFunctionsOnPathsThatExist() throws Exception {
    SynthResult result = shop();
    write(result);
    Path devFolder = root.resolve("shop/dev-loop");
    Path tiltfile = devFolder.resolve("Tiltfile");
    String text = Files.readString(tiltfile);

    assertThat(text)
        .contains(
            "custom_build(\n    \""
                + ORDERS
                + "\",\n    \"mvn compile jib:dockerBuild -Dimage=$EXPECTED_REF\",\n"
                + "    deps=[\"../../../../apps/orders\"],\n    ignore=[\"target\"],\n"
                + "    dir=\"../../../../apps/orders\",\n)\n",
            "docker_build(\n    \""
                + WEB
                + "\",\n    \"../../../../apps/web\",\n"
                + "    dockerfile=\"../../../../apps/web/Dockerfile\",\n)\n");
    // Tilt resolves paths against the Tiltfile's folder: each one is there.
    Matcher paths =
        Pattern.compile(
                "(?:deps=\\[|dir=|dockerfile=|kustomize\\(|\n    )\"(\\.\\.?/[^\"]*|stage-\\d+)\"")
            .matcher(text);
    int found = 0;
    while (paths.find()) {
      assertThat(devFolder.resolve(paths.group(1))).exists();
      found++;
    }
    assertThat(found).isEqualTo(4 + result.stages().stages().size());
    for (var s : result.stages().stages()) {
      assertThat(text).contains("k8s_yaml(kustomize(\"" + s.name() + "\"))\n");
      assertThat(devFolder.resolve(s.name()).resolve("kustomization.yaml")).exists();
    }

    assumeTrue(onPath("python3"), "python3 is not installed");
    String calls =
        run(
            List.of(
                "python3",
                "-c",
                "import ast,sys\n"
                    + "tree = ast.parse(open(sys.argv[1]).read())\n"
                    + "print('\\n'.join(sorted({n.func.id for n in ast.walk(tree)"
                    + " if isinstance(n, ast.Call)})))",
                tiltfile.toString()),
            dir);
    assertThat(calls.lines().toList()).isNotEmpty().allMatch(TILT_BUILTINS::contains);
  }

  @Test
  void aStackWithoutImagesFromABuildStillGetsItsStagesApplied() {
    SynthResult result =
        Synthesizer.synthesize(
                Stack.builder()
                    .name("shop")
                    .addNamespace(Namespace.of("shop"))
                    .add(TestWorkload.http("cache"))
                    .build())
            .orThrow();

    List<OutputFile> files = DevFiles.of(result, root);

    assertThat(content(files, "shop/dev-loop/skaffold.yaml"))
        .doesNotContain("build:")
        .contains("manifests:");
    assertThat(content(files, "shop/dev-loop/Tiltfile"))
        .doesNotContain("custom_build", "docker_build")
        .contains("k8s_yaml(kustomize(");
    assertThat(files)
        .filteredOn(f -> f.path().endsWith("kustomization.yaml"))
        .allSatisfy(f -> assertThat(f.content()).doesNotContain("images:"));
  }

  private void write(SynthResult result) {
    DevFiles.write(
        OutputFolder.at(root), List.of(result), Layout.PER_OBJECT, EnumSet.of(Format.PLAIN), false);
  }

  private static boolean onPath(String command) {
    return Pattern.compile(Pattern.quote(java.io.File.pathSeparator))
        .splitAsStream(System.getenv().getOrDefault("PATH", ""))
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
  }

  private static String run(List<String> command, Path in) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
