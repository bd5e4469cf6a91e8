package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  /** The reference benchmark service, exactly as BENCHMARK.md describes it. */
  static Stack benchmark(int i) {
    Config config =
        Config.builder()
            .name("svc-" + i + "-config")
            .hashSuffix(false)
            .putData("a", "1")
            .putData("b", "2")
            .putData("c", "3")
            .build();
    Workload svc =
        Workload.builder()
            .name("svc-" + i)
            .replicas(3)
            .addContainer(
                dev.stackwright.core.pod.Container.builder()
                    .name("app")
                    .image("registry.example.com/svc-" + i + ":1.0." + i)
                    .addPort(NamedPort.of("http", 8080))
                    .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
                    .readinessProbe(Probe.http("/healthz", "http"))
                    .livenessProbe(Probe.http("/livez", "http"))
                    .addEnv(Env.of("SERVICE_NAME", "svc-" + i))
                    .addMount(Mount.of(config, "/etc/config"))
                    .build())
            .autoscaling(Autoscaling.cpu(3, 10, 70))
            .disruptionBudget(DisruptionBudget.minAvailable(2))
            .build();
    return Stacks.of(config, svc);
  }

  @Test
  void benchmarkServiceIsExpressibleExactly() {
    SynthResult result = Synthesizer.synthesize(benchmark(1));
    assertThat(result).isOk();
    assertThat(result.warnings()).isEmpty();
    Deployment d = result.find(Deployment.class, "shop", "svc-1").orElseThrow();
    assertThat(d.getSpec().getReplicas()).as("the autoscaler owns the count").isNull();
    assertThat(d.getSpec().getSelector().getMatchLabels())
        .containsExactly(Map.entry("app.kubernetes.io/name", "svc-1"));
    assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/name", "svc-1");
    Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(c.getName()).isEqualTo("app");
    assertThat(c.getImage()).isEqualTo("registry.example.com/svc-1:1.0.1");
    assertThat(c.getPorts().get(0).getName()).isEqualTo("http");
    assertThat(c.getPorts().get(0).getContainerPort()).isEqualTo(8080);
    assertThat(c.getResources().getRequests())
        .containsEntry("cpu", new Quantity("100m"))
        .containsEntry("memory", new Quantity("128Mi"));
    assertThat(c.getResources().getLimits())
        .containsEntry("cpu", new Quantity("500m"))
        .containsEntry("memory", new Quantity("256Mi"));
    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
    assertThat(c.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("http"));
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/livez");
    assertThat(c.getEnv().get(0).getName()).isEqualTo("SERVICE_NAME");
    assertThat(c.getVolumeMounts().get(0).getMountPath()).isEqualTo("/etc/config");
    assertThat(d.getSpec().getTemplate().getSpec().getVolumes().get(0).getConfigMap().getName())
        .isEqualTo("svc-1-config");
    assertThat(result.find(ConfigMap.class, "shop", "svc-1-config").orElseThrow().getData())
        .hasSize(3);
    HorizontalPodAutoscaler hpa =
        result.find(HorizontalPodAutoscaler.class, "shop", "svc-1").orElseThrow();
    assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getMetrics().get(0).getResource().getName()).isEqualTo("cpu");
    assertThat(hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization())
        .isEqualTo(70);
    PodDisruptionBudget pdb = result.find(PodDisruptionBudget.class, "shop", "svc-1").orElseThrow();
    assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(2));
    assertThat(pdb.getSpec().getSelector().getMatchLabels())
        .containsEntry("app.kubernetes.io/name", "svc-1");
    assertThat(PodSecurity.violations(result.objects())).isEmpty();
  }

  @Test
  void synthesisIsByteIdenticalForEveryObject() {
    SynthResult first = Synthesizer.synthesize(benchmark(2));
    SynthResult again = Synthesizer.synthesize(benchmark(2));

    assertThat(first).isOk();
    assertThat(again).isOk();
    assertThat(again.objects()).hasSameSizeAs(first.objects()).hasSizeGreaterThan(1);
    for (int i = 0; i < first.objects().size(); i++) {
      assertThat(Yaml.write(again.objects().get(i)))
          .as("object %d, %s", i, first.entries().get(i).describe())
          .isEqualTo(Yaml.write(first.objects().get(i)));
    }
  }

  @Test
  void everyWorkloadGetsItsOwnServiceAccountWithoutToken() {
    SynthResult result = Synthesizer.synthesize(Stacks.of(Stacks.api().build()));
    ServiceAccount sa = result.find(ServiceAccount.class, "shop", "api").orElseThrow();
    assertThat(sa.getAutomountServiceAccountToken()).isFalse();
    Deployment d = result.find(Deployment.class, "shop", "api").orElseThrow();
    assertThat(d.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("api");
    assertThat(d.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
  }

  @Test
  void tokenIsMountedOnlyInThePodThatAsksNeverByTheAccount() {
    SynthResult result =
        Synthesizer.synthesize(Stacks.of(Stacks.api().automountServiceAccountToken(true).build()));
    assertThat(result)
        .object(Deployment.class, "api")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken())
        .isEqualTo(true);
    assertThat(result)
        .object(ServiceAccount.class, "api")
        .extracting(ServiceAccount::getAutomountServiceAccountToken)
        .isEqualTo(false);
  }

  @Test
  void rollingUpdateSettingsReachTheStrategy() {
    assertThat(Stacks.of(Stacks.api().maxSurge("25%").maxUnavailable("0").build()))
        .object(Deployment.class, "api")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
              assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge())
                  .isEqualTo(new IntOrString("25%"));
              assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                  .isEqualTo(new IntOrString(0));
            });
  }

  @Test
  void recreateStrategyStopsOldPodsFirst() {
    assertThat(Stacks.of(Stacks.api().recreate(true).build()))
        .object(Deployment.class, "api")
        .extracting(d -> d.getSpec().getStrategy().getType())
        .isEqualTo("Recreate");
  }

  @Test
  void workloadImplementsThePodSetContract() {
    Workload api = Stacks.api().build();
    assertThat(api.kind()).isEqualTo("workload");
    assertThat(api.selectorLabels()).containsExactly(Map.entry("app.kubernetes.io/name", "api"));
    assertThat(api.ports()).containsExactly(NamedPort.of("http", 8080));
    assertThat(api.port("http")).isPresent();
    assertThat(api.serviceAccountName()).isEqualTo("api");
  }

  @Test
  void safeToEvictAnnotatesThePods() {
    assertThat(Stacks.of(Stacks.api().safeToEvict(false).build()))
        .object(Deployment.class, "api")
        .extracting(d -> d.getSpec().getTemplate().getMetadata().getAnnotations())
        .isEqualTo(Map.of(PodWorkload.SAFE_TO_EVICT, "false"));
  }
}
