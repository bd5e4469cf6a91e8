package dev.stackwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both sides of the benchmark do the same work: the floor builds, object for object and in the same
 * order, what the DSL synthesizes for the reference workload, including what the DSL adds on
 * purpose (service accounts, restricted security contexts, recommended labels, Pod Security
 * Admission labels, default-deny and DNS egress policies).
 */
class FloorMatchesSynthesisTest {

  // 12 services put svc-10 and svc-11 between svc-1 and svc-2: the order is by name.
  @ParameterizedTest
  @ValueSource(ints = {1, 5, 12})
  void floorBuildsTheObjectsTheDslSynthesizesInTheSameOrder(int n) throws JsonProcessingException {
    List<HasMetadata> dsl = synthesize(n).objects();
    List<HasMetadata> floor = FloorWorkload.objects(n);

    assertThat(floor).hasSameSizeAs(dsl);
    for (int i = 0; i < dsl.size(); i++) {
      HasMetadata expected = dsl.get(i);
      assertThat(tree(FloorYaml.write(floor.get(i))))
          .as("object %d: %s %s", i, expected.getKind(), expected.getMetadata().getName())
          .isEqualTo(tree(Yaml.write(expected)));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 12})
  void floorWritesTheFilesTheDslWrites(int n) {
    List<OutputFile> dsl = ManifestFiles.of(synthesize(n), Layout.PER_OBJECT);
    List<FloorYaml.Document> floor = FloorYaml.documents(FloorWorkload.objects(n));

    for (int i = 0; i < floor.size(); i++) {
      assertThat(floor.get(i).file()).isEqualTo(dsl.get(i).path());
      assertThat(floor.get(i).content()).isEqualTo(dsl.get(i).content());
    }
    assertThat(dsl.get(floor.size()).path()).isEqualTo(ManifestFiles.KUSTOMIZATION);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 12})
  void referenceWorkloadSynthesizesCleanlyIntoSevenObjectsPerServicePlusThree(int n) {
    SynthResult result = synthesize(n);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.objects()).hasSize(ReferenceWorkload.objectCount(n));
  }

  private static SynthResult synthesize(int n) {
    return Synthesizer.synthesize(DslWorkload.stack(n)).orThrow();
  }

  private static JsonNode tree(String yaml) throws JsonProcessingException {
    return Yaml.mapper().readTree(yaml);
  }
}
