package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bad-input rule of the compute layer, by rule id and path. */
class BadInputTest {

  private static Workload withApp(Container app) {
    return Workload.builder().name("api").addContainer(app).build();
  }

  private static Container.Builder app() {
    return Container.builder().from(Stacks.app());
  }

  @Test
  void invalidWorkloadNameIsAnError() {
    assertThat(Stacks.of(Stacks.api().name("API_1").build()))
        .hasError("core.invalid-name", "workload API_1 / name");
  }

  @Test
  void invalidContainerNameIsAnError() {
    assertThat(Stacks.of(withApp(app().name("App").build())))
        .hasError("core.invalid-name", "workload api / container App / name");
  }

  @Test
  void portOutOfRangeIsAnError() {
    assertThat(Stacks.of(withApp(app().ports(List.of(NamedPort.of("http", 70000))).build())))
        .hasError("core.invalid-port", "workload api / container app / ports[0].containerPort");
  }

  @Test
  void invalidPortNameIsAnError() {
    assertThat(
            Stacks.of(
                withApp(
                    app()
                        .ports(List.of(NamedPort.of("a-very-long-port-name", 8080)))
                        .readinessProbe(Probe.http("/healthz", 8080))
                        .build())))
        .hasError("core.invalid-name", "container app / ports[0].name");
  }

  @Test
  void duplicatePortNameOrNumberIsAnError() {
    Container side =
        Container.builder()
            .name("side")
            .image("registry.example.com/side:1.0")
            .addPort(NamedPort.of("http", 9090))
            .addPort(NamedPort.of("metrics", 8080))
            .build();
    SynthResult result = Synthesizer.synthesize(Stacks.of(Stacks.api().addContainer(side).build()));
    assertThat(result).hasError(PodRules.DUPLICATE_PORT, "container side / ports[0].name");
    assertThat(result).hasError(PodRules.DUPLICATE_PORT, "container side / ports[1].containerPort");
  }

  @Test
  void duplicateContainerNameIsAnError() {
    assertThat(
            Stacks.of(
                Stacks.api().addContainer(Container.of("app", "registry.example.com/x:1")).build()))
        .hasError(PodRules.DUPLICATE_CONTAINER, "workload api / container app / name");
  }

  @Test
  void probeOnUndeclaredPortNameIsAnError() {
    assertThat(Stacks.of(withApp(app().livenessProbe(Probe.http("/livez", "admin")).build())))
        .hasError(PodRules.UNKNOWN_PORT, "container app / livenessProbe / port");
  }

  @Test
  void relativeProbePathIsAnError() {
    assertThat(Stacks.of(withApp(app().readinessProbe(Probe.http("healthz", "http")).build())))
        .hasError(PodRules.INVALID_PROBE, "container app / readinessProbe / path");
  }

  @Test
  void probeOnInitContainerIsAnError() {
    Container init =
        Container.builder()
            .name("init")
            .image("registry.example.com/init:1")
            .readinessProbe(Probe.exec("true"))
            .build();
    assertThat(Stacks.of(Stacks.api().addInitContainer(init).build()))
        .hasError(PodRules.INVALID_PROBE, "init-container init / readinessProbe");
  }

  @Test
  void noContainersIsAnError() {
    assertThat(Stacks.of(Workload.builder().name("api").build()))
        .hasError(PodRules.NO_CONTAINERS, "workload api / containers");
  }

  @Test
  void malformedImageIsAnError() {
    assertThat(Stacks.of(withApp(app().image("Registry.Example.com/API").build())))
        .hasError(PodRules.INVALID_IMAGE, "container app / image");
  }

  @Test
  void mountOfAVolumeThatDoesNotExistIsAnError() {
    assertThat(Stacks.of(withApp(app().addMount(Mount.volume("data", "/data")).build())))
        .hasError(PodRules.UNKNOWN_VOLUME, "container app / mounts[0].volume");
  }

  @Test
  void relativeOrRepeatedMountPathIsAnError() {
    SynthResult result =
        Synthesizer.synthesize(
            Stacks.of(
                withApp(
                    app()
                        .addMount(Mount.scratch("tmp"))
                        .addMount(Mount.scratch("/cache"))
                        .addMount(Mount.scratch("/cache").withVolume("other"))
                        .build())));
    assertThat(result).hasError(PodRules.INVALID_MOUNT, "container app / mounts[0].path");
    assertThat(result).hasError(PodRules.INVALID_MOUNT, "container app / mounts[2].path");
  }

  @Test
  void sameVolumeNameForDifferentSourcesIsAnError() {
    Container c =
        app()
            .addMount(Mount.of(SecretRef.existing("a"), "/a").withVolume("creds"))
            .addMount(Mount.of(SecretRef.existing("b"), "/b").withVolume("creds"))
            .build();
    assertThat(Stacks.of(withApp(c)))
        .hasError(PodRules.DUPLICATE_VOLUME, "container app / mounts[/b]");
  }

  @Test
  void malformedQuantityIsAnError() {
    assertThat(Stacks.of(withApp(app().resources(Resources.of("100m", "256MB")).build())))
        .hasError("core.invalid-quantity", "container app / resources.requests.memory");
  }

  @Test
  void requestAboveLimitIsAnError() {
    assertThat(
            Stacks.of(
                withApp(
                    app().resources(Resources.of("1", "128Mi").limits("500m", "256Mi")).build())))
        .hasError(PodRules.REQUEST_ABOVE_LIMIT, "container app / resources.requests.cpu");
  }

  @Test
  void invalidExtendedResourceNameIsAnError() {
    assertThat(
            Stacks.of(
                withApp(
                    app()
                        .resources(Resources.of("1", "1Gi").extendedResource("gpu", "1"))
                        .build())))
        .hasError(PodRules.INVALID_RESOURCE_NAME, "container app / resources.extended[gpu]");
  }

  @Test
  void envWithBadNameOrMissingConfigKeyIsAnError() {
    Config config = Config.builder().name("cfg").putData("a", "1").build();
    SynthResult result =
        Synthesizer.synthesize(
            Stacks.of(
                config,
                withApp(
                    app()
                        .addEnv(Env.of("1BAD", "x"))
                        .addEnv(Env.fromConfig("B", config, "missing"))
                        .addEnv(Env.of("C", "1"))
                        .addEnv(Env.of("C", "2"))
                        .build())));
    assertThat(result).hasError(PodRules.INVALID_ENV, "container app / env[0] 1BAD / name");
    assertThat(result).hasError(PodRules.INVALID_ENV, "container app / env[1] B / key");
    assertThat(result).hasError(PodRules.INVALID_ENV, "container app / env[3] C / name");
  }

  @Test
  void autoscalingMinAboveMaxIsAnError() {
    assertThat(Stacks.of(Stacks.api().autoscaling(Autoscaling.cpu(10, 3, 70)).build()))
        .hasError(ComputeRules.INVALID_AUTOSCALING, "workload api / autoscaling / maxReplicas");
  }

  @Test
  void unsatisfiableDisruptionBudgetIsAnError() {
    assertThat(Stacks.of(Stacks.api().disruptionBudget(DisruptionBudget.minAvailable(2)).build()))
        .hasError(
            ComputeRules.UNSATISFIABLE_BUDGET, "workload api / disruptionBudget / minAvailable");
  }

  @Test
  void invalidCronScheduleIsAnError() {
    assertThat(
            Stacks.of(
                ScheduledJob.builder()
                    .name("report")
                    .schedule("0 25 * * *")
                    .addContainer(Stacks.app())
                    .build()))
        .hasError(ComputeRules.INVALID_SCHEDULE, "workload report / schedule");
  }

  @Test
  void negativeJobCountsAreErrors() {
    assertThat(
            Stacks.of(
                BatchJob.builder().name("job").addContainer(Stacks.app()).completions(-1).build()))
        .hasError(ComputeRules.INVALID_COUNT, "workload job / completions");
  }

  @Test
  void rolloutThatCannotReplaceAnyPodIsAnError() {
    assertThat(Stacks.of(Stacks.api().maxSurge("0").maxUnavailable("0%").build()))
        .hasError(ComputeRules.INVALID_ROLLOUT, "workload api / maxUnavailable");
    assertThat(Stacks.of(Stacks.api().maxSurge("lots").build()))
        .hasError(ComputeRules.INVALID_ROLLOUT, "workload api / maxSurge");
  }

  @Test
  void malformedSchedulingRulesAreErrors() {
    Workload api =
        Stacks.api()
            .scheduling(
                Scheduling.builder()
                    .addNodeRule(NodeRule.prefer(200, "zone", "a"))
                    .addToleration(TaintToleration.of("k", "v", "NoRun"))
                    .addTopologySpread(TopologySpread.acrossNodes().withMaxSkew(0))
                    .build())
            .build();
    SynthResult result = Synthesizer.synthesize(Stacks.of(api));
    assertThat(result)
        .hasError(ComputeRules.INVALID_SCHEDULING, "scheduling.nodeRules[0] / weight");
    assertThat(result)
        .hasError(ComputeRules.INVALID_SCHEDULING, "scheduling.tolerations[0] / effect");
    assertThat(result)
        .hasError(ComputeRules.INVALID_SCHEDULING, "scheduling.topologySpreads[0] / maxSkew");
  }

  @Test
  void invalidConfigKeyIsAnError() {
    assertThat(Stacks.of(Config.builder().name("cfg").putData("bad key", "x").build()))
        .hasError(ComputeRules.INVALID_CONFIG, "config cfg / data[bad key]");
  }

  @Test
  void priorityAboveUserRangeIsAnError() {
    assertThat(Stacks.of(Priority.of("top", 2_000_000_000)))
        .hasError(ComputeRules.INVALID_PRIORITY, "priority-class top / value");
  }

  @Test
  void invalidVerticalBoundsAreErrors() {
    assertThat(
            Stacks.of(
                Stacks.api()
                    .verticalAutoscaling(
                        VerticalAutoscaling.recommendOnly().min("2", "1Gi").max("1", "2Gi"))
                    .build()))
        .hasError(
            ComputeRules.INVALID_VERTICAL_AUTOSCALING,
            "workload api / verticalAutoscaling / minAllowed.cpu");
  }

  @Test
  void severalMistakesAreReportedTogether() {
    Container broken =
        Container.builder()
            .name("app")
            .image("registry.example.com/api:1.0")
            .addPort(NamedPort.of("http", 0))
            .readinessProbe(Probe.http("/healthz", "admin"))
            .resources(Resources.of("2", "1Gi").limits("1", "2Gi"))
            .addMount(Mount.volume("data", "/data"))
            .build();
    Workload api =
        Workload.builder()
            .name("api")
            .addContainer(broken)
            .autoscaling(Autoscaling.cpu(4, 2, 70))
            .build();
    ScheduledJob job =
        ScheduledJob.builder()
            .name("nightly")
            .schedule("every night")
            .addContainer(Stacks.app())
            .build();
    SynthResult result = Synthesizer.synthesize(Stacks.of(api, job));
    assertThat(result.objects()).isEmpty();
    assertThat(result.errors())
        .extracting(Diagnostic::rule)
        .contains(
            "core.invalid-port",
            PodRules.UNKNOWN_PORT,
            PodRules.REQUEST_ABOVE_LIMIT,
            PodRules.UNKNOWN_VOLUME,
            ComputeRules.INVALID_AUTOSCALING,
            ComputeRules.INVALID_SCHEDULE);
    assertThat(result.errors())
        .extracting(Diagnostic::path)
        .contains(
            "stack shop / workload api / container app / ports[0].containerPort",
            "stack shop / workload nightly / schedule");
  }
}
