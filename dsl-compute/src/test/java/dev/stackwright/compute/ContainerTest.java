package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.EnvFrom;
import dev.stackwright.core.pod.Hook;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerTest {

  private static PodSpec podOf(Workload w) {
    return Synthesizer.synthesize(Stacks.of(w))
        .orThrow()
        .find(Deployment.class, "shop", w.name())
        .orElseThrow()
        .getSpec()
        .getTemplate()
        .getSpec();
  }

  @Test
  void commandArgsAndEnvSourcesReachTheContainer() {
    Container c =
        Container.builder()
            .from(Stacks.app())
            .addCommand("/bin/api")
            .addArgs("--port", "8080")
            .addEnv(Env.of("MODE", "prod"))
            .addEnv(Env.fromConfigMap("FLAGS", "feature-flags", "flags"))
            .addEnv(Env.fromSecret("DB_PASSWORD", SecretRef.existing("db-credentials"), "password"))
            .addEnv(Env.field("POD_NAME", "metadata.name"))
            .addEnvFrom(EnvFrom.secret(SecretRef.externalSecret("api-env")).withPrefix("API_"))
            .build();
    io.fabric8.kubernetes.api.model.Container out =
        podOf(Stacks.api().containers(List.of(c)).build()).getContainers().get(0);
    assertThat(out.getCommand()).containsExactly("/bin/api");
    assertThat(out.getArgs()).containsExactly("--port", "8080");
    List<EnvVar> env = out.getEnv();
    assertThat(env.get(0).getValue()).isEqualTo("prod");
    assertThat(env.get(1).getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("feature-flags");
    assertThat(env.get(2).getValueFrom().getSecretKeyRef().getName()).isEqualTo("db-credentials");
    assertThat(env.get(2).getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
    assertThat(env.get(3).getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
    assertThat(out.getEnvFrom().get(0).getSecretRef().getName()).isEqualTo("api-env");
    assertThat(out.getEnvFrom().get(0).getPrefix()).isEqualTo("API_");
  }

  @Test
  void probesOfEveryKindReferToPortsByNameOrNumber() {
    Container c =
        Container.builder()
            .from(Stacks.app())
            .addPort(NamedPort.of("grpc", 9090))
            .readinessProbe(
                Probe.http("/ready", "http").withInitialDelaySeconds(5).withPeriodSeconds(3))
            .livenessProbe(Probe.tcp("8080").withFailureThreshold(5))
            .startupProbe(Probe.exec("cat", "/tmp/started").withTimeoutSeconds(2))
            .build();
    Container grpc =
        Container.builder()
            .name("grpc-side")
            .image("registry.example.com/side:1.0")
            .readinessProbe(Probe.grpc(9090).withGrpcService("health"))
            .build();
    PodSpec pod = podOf(Stacks.api().containers(List.of(c, grpc)).build());
    var app = pod.getContainers().get(0);
    assertThat(app.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("http"));
    assertThat(app.getReadinessProbe().getInitialDelaySeconds()).isEqualTo(5);
    assertThat(app.getReadinessProbe().getPeriodSeconds()).isEqualTo(3);
    assertThat(app.getLivenessProbe().getTcpSocket().getPort()).isEqualTo(new IntOrString(8080));
    assertThat(app.getLivenessProbe().getFailureThreshold()).isEqualTo(5);
    assertThat(app.getStartupProbe().getExec().getCommand()).containsExactly("cat", "/tmp/started");
    assertThat(pod.getContainers().get(1).getReadinessProbe().getGrpc().getPort()).isEqualTo(9090);
    assertThat(pod.getContainers().get(1).getReadinessProbe().getGrpc().getService())
        .isEqualTo("health");
  }

  @Test
  void initContainersAndNativeSidecarsBecomeInitContainers() {
    Container proxy = Container.of("proxy", "registry.example.com/proxy:2.0");
    Container migrate = Container.of("migrate", "registry.example.com/migrate:2.0");
    PodSpec pod = podOf(Stacks.api().addSidecar(proxy).addInitContainer(migrate).build());
    assertThat(pod.getInitContainers()).extracting("name").containsExactly("proxy", "migrate");
    assertThat(pod.getInitContainers().get(0).getRestartPolicy()).isEqualTo("Always");
    assertThat(pod.getInitContainers().get(1).getRestartPolicy()).isNull();
  }

  @Test
  void lifecycleHooksAndTerminationGrace() {
    Container c =
        Container.builder()
            .from(Stacks.app())
            .postStart(Hook.exec("/bin/warm-up"))
            .preStop(Hook.sleep(5))
            .build();
    PodSpec pod =
        podOf(Stacks.api().containers(List.of(c)).terminationGracePeriodSeconds(45L).build());
    var lifecycle = pod.getContainers().get(0).getLifecycle();
    assertThat(lifecycle.getPostStart().getExec().getCommand()).containsExactly("/bin/warm-up");
    assertThat(lifecycle.getPreStop().getSleep().getSeconds()).isEqualTo(5L);
    assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(45L);
  }

  @Test
  void extendedResourcesAreRequestedAndLimitedAlike() {
    Container c =
        Container.builder()
            .from(Stacks.app())
            .resources(
                Resources.builder()
                    .cpuRequest("1")
                    .memoryRequest("2Gi")
                    .memoryLimit("2Gi")
                    .ephemeralStorageRequest("1Gi")
                    .build()
                    .gpus(1))
            .build();
    var resources =
        podOf(Stacks.api().containers(List.of(c)).build()).getContainers().get(0).getResources();
    assertThat(resources.getRequests())
        .containsEntry("nvidia.com/gpu", new Quantity("1"))
        .containsEntry("ephemeral-storage", new Quantity("1Gi"));
    assertThat(resources.getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"));
  }

  @Test
  void imagePullSecretsReachThePod() {
    PodSpec pod = podOf(Stacks.api().addImagePullSecret(SecretRef.existing("regcred")).build());
    assertThat(pod.getImagePullSecrets()).extracting("name").containsExactly("regcred");
  }

  @Test
  void untaggedOrLatestImageIsAWarning() {
    assertThat(Stacks.of(Stacks.api().addContainer(Container.of("side", "busybox")).build()))
        .isOk()
        .hasWarning(PodRules.UNPINNED_IMAGE, "workload api / container side / image");
    assertThat(Stacks.of(Stacks.api().addContainer(Container.of("side", "busybox:latest")).build()))
        .hasWarning(PodRules.UNPINNED_IMAGE, "container side / image", "tagged latest");
  }

  @Test
  void registryPolicyRefusesOtherRegistries() {
    var stack =
        Stacks.of(
            RegistryPolicy.allow("registry.example.com"),
            Stacks.api()
                .addContainer(Container.of("side", "docker.io/library/busybox:1.36"))
                .build());
    assertThat(stack).hasError(PodRules.REGISTRY_NOT_ALLOWED, "container side / image");
    assertThat(Stacks.of(RegistryPolicy.allow("registry.example.com"), Stacks.api().build()))
        .isOk();
  }
}
