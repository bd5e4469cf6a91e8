package ${package};

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.Snapshot;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The platform, tested before anything reaches a cluster. */
class PlatformTest {
  @Test
  void webRunsTwoReplicas() {
    assertThat(Platform.stack())
        .isOk()
        .object(Deployment.class, "web")
        .extracting(d -> d.getSpec().getReplicas())
        .isEqualTo(2);
  }

  @Test
  void matchesTheReviewedSnapshot() {
    // After an intended change: mvn test -Dstackwright.updateSnapshots=true, then review the diff.
    Snapshot.assertMatches(
        Synthesizer.synthesize(Platform.stack()), Path.of("src/test/resources/platform.yaml"));
  }
}
