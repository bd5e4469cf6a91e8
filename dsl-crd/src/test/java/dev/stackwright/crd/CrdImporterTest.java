package dev.stackwright.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdImporterTest {
  static final String PACKAGE = "com.example.keda";

  @TempDir Path dir;

  static List<String> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  static List<byte[]> contents(Path root) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (String f : files(root)) {
      out.add(Files.readAllBytes(root.resolve(f)));
    }
    return out;
  }

  /** Runs the CLI; returns the exit code, then stdout and stderr. */
  static List<Object> cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrdImportCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return List.of(code, out.toString(), err.toString());
  }

  @Test
  void aCrdBecomesTypedClassesACopyOfTheCrdAndADescriptor() {
    ImportResult result =
        CrdImporter.run(Keda.CRD_FILE, PACKAGE, dir.resolve("java"), dir.resolve("resources"));

    assertThat(result.ok()).isTrue();
    assertThat(result.written())
        .contains(
            dir.resolve("java/com/example/keda/ScaledObjectCrd.java"),
            dir.resolve("java/com/example/keda/v1alpha1/ScaledObject.java"),
            dir.resolve("java/com/example/keda/v1alpha1/ScaledObjectSpec.java"),
            dir.resolve("resources/com/example/keda/scaledobjects.keda.sh.yaml"));
    assertThat(dir.resolve("java/com/example/keda/v1alpha1/ScaledObject.java"))
        .content()
        .contains("extends io.fabric8.kubernetes.client.CustomResource<");
    assertThat(dir.resolve("resources/com/example/keda/scaledobjects.keda.sh.yaml"))
        .hasSameBinaryContentAs(Keda.CRD_FILE);
  }

  @Test
  void importingTwiceWritesByteIdenticalFiles() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertThat(CrdImporter.run(Keda.CRD_FILE, PACKAGE, first, first).ok()).isTrue();
    assertThat(CrdImporter.run(Keda.CRD_FILE, PACKAGE, second, second).ok()).isTrue();

    assertThat(files(second)).isEqualTo(files(first)).hasSizeGreaterThan(10);
    assertThat(contents(second)).containsExactlyElementsOf(contents(first));
  }

  @Test
  void aFolderIsImportedCrdByCrd() throws IOException {
    Path crds = Files.createDirectories(dir.resolve("crds"));
    Files.copy(Keda.CRD_FILE, crds.resolve("scaledobjects.yaml"));

    List<Object> run =
        cli(
            "import",
            crds.toString(),
            "--package",
            PACKAGE,
            "--sources",
            dir + "/java",
            "--resources",
            dir + "/resources");

    assertThat(run.get(0)).isEqualTo(0);
    assertThat((String) run.get(1)).contains("import: wrote");
    assertThat(dir.resolve("java/com/example/keda/ScaledObjectCrd.java")).exists();
  }

  @Test
  void badInputIsReportedFileByFileAndNothingIsWritten() throws IOException {
    Path crds = Files.createDirectories(dir.resolve("crds"));
    Files.copy(Keda.CRD_FILE, crds.resolve("a-good.yaml"));
    Files.writeString(
        crds.resolve("b-configmap.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        crds.resolve("c-no-versions.yaml"),
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names:
            kind: Widget
            plural: widgets
          scope: Namespaced
          versions: []
        """,
        StandardCharsets.UTF_8);
    Files.writeString(crds.resolve("d-broken.yaml"), "kind: [unclosed\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    List<Object> run =
        cli(
            "import",
            crds.toString(),
            "--package",
            PACKAGE,
            "--sources",
            out + "/java",
            "--resources",
            out + "/resources");

    assertThat(run.get(0)).isEqualTo(1);
    String err = (String) run.get(2);
    assertThat(err)
        .contains(
            crds.resolve("b-configmap.yaml")
                + ": expected a CustomResourceDefinition of apiextensions.k8s.io/v1, found kind"
                + " \"ConfigMap\"")
        .contains(
            crds.resolve("c-no-versions.yaml")
                + ": spec.versions: expected at least one version, found none")
        .contains(crds.resolve("d-broken.yaml") + ": expected YAML")
        .contains("nothing written")
        .doesNotContain("Exception", "\tat ");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void aMissingInputOrABadPackageIsAnErrorAndAMissingOptionAUsageError() throws IOException {
    List<Object> missing =
        cli(
            "import",
            dir.resolve("nope.yaml").toString(),
            "--package",
            "com.example.class",
            "--sources",
            dir + "/java");
    assertThat(missing.get(0)).isEqualTo(1);
    assertThat((String) missing.get(2))
        .contains(dir.resolve("nope.yaml") + ": expected a CustomResourceDefinition file")
        .contains("--package: expected a Java package name");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(CrdImporter.run(empty, PACKAGE, dir.resolve("j"), dir.resolve("r")).problems())
        .singleElement()
        .asString()
        .contains("expected CustomResourceDefinition files (*.yaml, *.yml), found none");

    List<Object> usage = cli("import", Keda.CRD_FILE.toString());
    assertThat(usage.get(0)).isEqualTo(2);
    assertThat((String) usage.get(2)).contains("--package");
    assertThat(cli("frobnicate").get(0)).isEqualTo(2);
    assertThat(cli().get(0)).as("no command").isEqualTo(2);
  }
}
