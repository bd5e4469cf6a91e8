package dev.stackwright.examples.factory;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.output.KubectlStages;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.StageWalk;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The factory comes up on a cluster that has only what its target states (Flux, Cilium's policy
 * CRDs, the KubeVirt and CDI operators): the operators the stack installs come first, their
 * resources after, and Flux's and Argo CD's wiring apply every object once and none before its kind
 * exists. The kubectl script waits for the Knative CRDs to be created (the Knative operator creates
 * them only once given KnativeServing/KnativeEventing) before it waits for them to be established.
 */
class FactoryStagesTest {

  private static SynthResult synth(String env, Delivery delivery) {
    Environment environment = Environment.of(env);
    Stack stack =
        Stack.builder()
            .from(FactoryPlatform.stack(environment))
            .delivery(delivery)
            .target(
                TargetCluster.builder()
                    .from(FactoryPlatform.target(environment))
                    .provides(Prerequisite.ARGO_CD)
                    .build())
            .build();
    return Synthesizer.synthesize(stack);
  }

  private static List<String> describe(Stage stage) {
    return stage.objects().stream().map(SynthObject::describe).toList();
  }

  @Test
  void theOperatorsComeBeforeTheResourcesOfTheirKinds() {
    List<Stage> stages =
        Synthesizer.synthesize(FactoryPlatform.stack(FactoryPlatform.PROD)).stages().stages();

    assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(describe(stages.get(0)))
        .contains(
            "HelmRelease knative-operator/knative-operator",
            "HelmRelease consul/consul",
            // The cluster runs the KubeVirt and CDI operators: their resources come first.
            "KubeVirt kubevirt/kubevirt",
            "CDI cdi")
        .doesNotContain(
            "KnativeServing knative-serving/knative-serving",
            "Broker functions/events",
            "VirtualMachine vms/scada");
    assertThat(stages.stream().skip(1).flatMap(s -> describe(s).stream()))
        .contains(
            "KnativeServing knative-serving/knative-serving",
            "Broker functions/events",
            "VirtualMachine vms/scada",
            "CiliumNetworkPolicy factory/ingest")
        .anyMatch(d -> d.startsWith("ServiceIntentions "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void fluxBringsEachEnvironmentUp(String env) {
    StageWalk.walk(Synthesizer.synthesize(FactoryPlatform.stack(Environment.of(env))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kubectlBringsEachEnvironmentUp(String env) {
    SynthResult kubectl = synth(env, Delivery.kubectl());

    assertThat(kubectl).isOk();
    assertThat(KubectlStages.commands(kubectl))
        .anySatisfy(c -> assertThat(c).startsWith("kubectl wait --for=create").contains("knative"));
    StageWalk.walk(kubectl);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void argoCdBringsEachEnvironmentUp(String env) {
    SynthResult argo = synth(env, Delivery.argoCd("https://git.example.com/platform/factory.git"));

    assertThat(argo).isOk();
    StageWalk.walk(argo);
  }
}
