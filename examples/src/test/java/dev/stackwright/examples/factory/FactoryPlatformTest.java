package dev.stackwright.examples.factory;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.compute.PodSecurity;
import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.Snapshot;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The factory platform, tested as its platform team would before anything reaches a cluster. */
class FactoryPlatformTest {

  static SynthResult synth(String env) {
    return Synthesizer.strict().run(FactoryPlatform.stack(Environment.of(env)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void synthesizesUnderStrictWithEveryOptOutAcknowledgedWithItsReason(String env) {
    SynthResult result = synth(env);

    assertThat(result).isOk();
    assertThat(result.strict()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.acknowledged())
        .allSatisfy(a -> assertThat(a.by().reason()).isNotBlank())
        .extracting(a -> a.warning().rule() + " at " + a.warning().path())
        .containsExactlyInAnyOrder(
            "security.pod-security-opt-out at stack factory / namespace vms / podSecurity");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodMeetsTheRestrictedPodSecurityStandard(String env) {
    SynthResult result = synth(env);

    assertThat(PodSecurity.violations(result.objects())).isEmpty();
    assertThat(kinds(result)).contains("DaemonSet", "Deployment", "Job");
  }

  @Test
  void ciliumLetsTheVmAndTheAgentsReachIngestAndIngestOnlyItsDnsName() {
    SynthResult prod = synth("prod");

    assertThat(prod.all(NetworkPolicy.class)).isEmpty();
    String ingest =
        Yaml.tree(prod.find("CiliumNetworkPolicy", "factory", "ingest").orElseThrow())
            .at("/spec")
            .toString();
    assertThat(ingest)
        .contains(
            "\"app.kubernetes.io/name\":\"scada\"", "\"k8s:io.kubernetes.pod.namespace\":\"vms\"")
        .contains("\"app.kubernetes.io/name\":\"sensor-agent\"")
        .contains("{\"matchName\":\"telemetry.example.com\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void outputMatchesTheReviewedSnapshot(String env) {
    Snapshot.assertMatches(
        synth(env), Path.of("src/test/resources/golden/factory-" + env + ".yaml"));
  }

  private static List<String> kinds(SynthResult r) {
    return r.objects().stream().map(HasMetadata::getKind).distinct().toList();
  }
}
