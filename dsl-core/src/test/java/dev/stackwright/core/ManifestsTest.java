package dev.stackwright.core;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {
  @TempDir Path dir;

  private static Stack.Builder shop() {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop"));
  }

  @Test
  void rawObjectsAreCopiedLabelledAndPlacedInTheDefaultNamespace() {
    ConfigMap raw =
        new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata().build();

    assertThat(shop().add(Manifests.of("legacy", raw)).build())
        .object(ConfigMap.class, "shop", "legacy")
        .satisfies(
            cm ->
                assertThat(cm.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/managed-by", "stackwright"));
    assertThat(raw.getMetadata().getNamespace()).as("the user's object is not changed").isNull();
    assertThat(raw.getMetadata().getLabels()).isNullOrEmpty();
  }

  @Test
  void objectsOfAYamlFileAreTypedWhereFabric8KnowsTheKind() throws IOException {
    Path file = dir.resolve("extra.yaml");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: from-file
        data:
          a: "1"
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
          namespace: shop
        spec:
          size: 3
        """);

    var result =
        dev.stackwright.core.synth.Synthesizer.synthesize(
            shop().add(Manifests.fromYaml("extra", file)).build());

    assertThat(result).object(ConfigMap.class, "shop", "from-file");
    assertThat(result)
        .object(GenericKubernetesResource.class, "w")
        .extracting(w -> w.getAdditionalProperties().get("spec"))
        .hasToString("{size=3}");
  }

  @Test
  void anUnreadableYamlFileIsAnErrorWithItsPath() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "kind: [unclosed\n");
    Path missing = dir.resolve("missing.yaml");

    assertThat(
            shop().add(Manifests.builder().name("bad").addYamlFiles(file, missing).build()).build())
        .hasError(Rules.MANIFEST, "manifests bad / yamlFiles[" + file + "]")
        .hasError(Rules.MANIFEST, "manifests bad / yamlFiles[" + missing + "]");
  }

  @Test
  void aRawObjectOfAnUnknownKindIsAWarningAndKeepsItsNamespace() throws IOException {
    Path file = dir.resolve("widget.yaml");
    Files.writeString(
        file,
        """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        """);

    var result =
        dev.stackwright.core.synth.Synthesizer.synthesize(
            shop().add(Manifests.fromYaml("extra", file)).build());

    assertThat(result.warnings())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                Rules.UNKNOWN_KIND,
                "stack shop / manifests extra / Widget w / kind",
                "Widget (apiVersion example.com/v1) is neither a Kubernetes kind nor defined by a"
                    + " CustomResourceDefinition of the stack; add the CRD to the stack, or"
                    + " acknowledge this warning when the cluster provides it"));
    assertThat(result)
        .object(GenericKubernetesResource.class, "w")
        .extracting(w -> w.getMetadata().getNamespace())
        .isNull();
  }

  @Test
  void aCustomResourceGetsTheDefaultNamespaceWhenItsCrdInTheStackIsNamespaced() throws IOException {
    Path file = dir.resolve("crd.yaml");
    Files.writeString(
        file,
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names: {kind: Widget, plural: widgets}
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: gadgets.example.com
        spec:
          group: example.com
          scope: Cluster
          names: {kind: Gadget, plural: gadgets}
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        ---
        apiVersion: example.com/v1
        kind: Gadget
        metadata:
          name: g
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: app, image: registry.example.com/migrate:1.0}]
        """);

    var result =
        dev.stackwright.core.synth.Synthesizer.synthesize(
            shop().add(Manifests.fromYaml("extra", file)).build());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.find("Widget", null, "w").orElseThrow().getMetadata().getNamespace())
        .isEqualTo("shop");
    assertThat(result.find("Gadget", null, "g").orElseThrow().getMetadata().getNamespace())
        .isNull();
    assertThat(result.find("Job", null, "migrate").orElseThrow().getMetadata().getNamespace())
        .as("a built-in namespaced kind fabric8 reads untyped")
        .isEqualTo("shop");
  }

  @Test
  void aNamespacedRawObjectWithoutAnyNamespaceIsAnError() {
    ConfigMap raw =
        new ConfigMapBuilder().withNewMetadata().withName("loose").endMetadata().build();
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("a"))
            .addNamespace(Namespace.of("b"))
            .add(Manifests.of("legacy", raw))
            .build();

    assertThat(dev.stackwright.core.synth.Synthesizer.synthesize(stack).errors())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                Rules.MISSING_NAMESPACE,
                "stack shop / manifests legacy / ConfigMap loose / metadata.namespace",
                "a ConfigMap is namespaced: set metadata.namespace or a default namespace on the"
                    + " stack"));
  }

  @Test
  void aNullObjectIsRefusedNamingItsPosition() {
    ConfigMap ok = new ConfigMapBuilder().withNewMetadata().withName("ok").endMetadata().build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifests.of("legacy", ok, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Manifests.of(\"legacy\", ...): object 2 of 2 is null");
  }
}
