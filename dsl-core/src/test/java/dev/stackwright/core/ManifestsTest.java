package dev.stackwright.core;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.validate.Rules;
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
}
