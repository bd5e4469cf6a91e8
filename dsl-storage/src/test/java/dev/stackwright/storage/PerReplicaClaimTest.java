package dev.stackwright.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerReplicaClaimTest {
  private final StorageClass block = StorageClass.cephRbd("ceph-block", "rook-ceph", "replicapool");

  @Test
  void templateCarriesNameAndSpecWithoutNamespace() {
    var template = PerReplicaClaim.of("data", "20Gi", block).toClaimTemplate();

    assertThat(template.getMetadata().getName()).isEqualTo("data");
    assertThat(template.getMetadata().getNamespace()).isNull();
    assertThat(template.getSpec().getStorageClassName()).isEqualTo("ceph-block");
    assertThat(template.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(template.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("20Gi");
  }

  @Test
  void validateReportsTheSameMistakesAsAClaim() {
    var template =
        PerReplicaClaim.builder()
            .name("data")
            .size("20 GB")
            .storageClass("ceph-block")
            .addAccessMode(AccessMode.READ_WRITE_MANY)
            .build();

    var result = Synthesizer.synthesize(Fixtures.shop(block, new StatefulWorkload("db", template)));

    assertThat(result.errors())
        .extracting(d -> d.rule() + " @ " + d.path())
        .containsExactlyInAnyOrder(
            StorageRules.INVALID_SIZE
                + " @ stack shop / workload db / volumeClaimTemplates[0] / size",
            StorageRules.UNSUPPORTED_ACCESS_MODE
                + " @ stack shop / workload db / volumeClaimTemplates[0] / accessModes[0]");
  }

  /** Stands in for the compute layer's StatefulSet: validates its template where it holds it. */
  private record StatefulWorkload(String name, PerReplicaClaim template) implements Component {
    @Override
    public String kind() {
      return "workload";
    }

    @Override
    public Layer layer() {
      return Layer.COMPUTE;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public void validate(SynthContext context, Checks checks) {
      template.validate(context, checks.in("volumeClaimTemplates[0]"));
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
