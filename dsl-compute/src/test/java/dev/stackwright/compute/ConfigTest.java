package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.EnvFrom;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  private static Config config(String level) {
    return Config.builder().name("api-config").putData("LOG_LEVEL", level).build();
  }

  @Test
  void configMapNameCarriesTheContentHash() {
    Config info = config("info");
    assertThat(info.configMapName()).matches("api-config-[0-9a-f]{10}");
    assertThat(config("info").configMapName()).isEqualTo(info.configMapName());
    assertThat(config("debug").configMapName()).isNotEqualTo(info.configMapName());
    assertThat(Stacks.of(info))
        .object(ConfigMap.class, info.configMapName())
        .extracting(ConfigMap::getData)
        .isEqualTo(java.util.Map.of("LOG_LEVEL", "info"));
  }

  @Test
  void hashSuffixCanBeTurnedOff() {
    assertThat(Config.builder().name("plain").hashSuffix(false).build().configMapName())
        .isEqualTo("plain");
  }

  @Test
  void changingTheDataRollsThePods() {
    String before = mountedName(config("info"));
    String after = mountedName(config("debug"));
    assertThat(before).isNotEqualTo(after);
  }

  private static String mountedName(Config config) {
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .addMount(Mount.of(config, "/etc/config"))
                        .addEnv(Env.fromConfig("LOG_LEVEL", config, "LOG_LEVEL"))
                        .addEnvFrom(EnvFrom.config(config))
                        .build()))
            .build();
    Deployment d =
        Synthesizer.synthesize(Stacks.of(config, api))
            .orThrow()
            .find(Deployment.class, "shop", "api")
            .orElseThrow();
    var pod = d.getSpec().getTemplate().getSpec();
    var c = pod.getContainers().get(0);
    assertThat(c.getEnv().get(0).getValueFrom().getConfigMapKeyRef().getName())
        .isEqualTo(config.configMapName());
    assertThat(c.getEnvFrom().get(0).getConfigMapRef().getName()).isEqualTo(config.configMapName());
    return pod.getVolumes().get(0).getConfigMap().getName();
  }

  @Test
  void workloadDependsOnItsConfigAndNeedsItInTheStack() {
    Config config = config("info");
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .addMount(Mount.of(config, "/etc/config"))
                        .build()))
            .build();
    assertThat(api.dependsOn()).containsExactly(config);
    assertThat(Stacks.of(api)).hasError("core.unknown-reference", "workload api / dependsOn[0]");
    SynthResult ok = Synthesizer.synthesize(Stacks.of(api, config));
    List<String> kinds = ok.objects().stream().map(HasMetadata::getKind).toList();
    assertThat(kinds.indexOf("ConfigMap")).isLessThan(kinds.indexOf("Deployment"));
  }

  @Test
  void configFromFilesReadsTheirContent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("app.properties");
    Files.writeString(file, "a=1\n");
    Config config = Config.builder().name("files").putFile(file).build();
    assertThat(config.data()).containsEntry("app.properties", "a=1\n");
  }

  @Test
  void unreadableFileIsAnErrorAtSynthesis(@TempDir Path dir) {
    Config config = Config.builder().name("files").putFile("x", dir.resolve("missing")).build();
    assertThat(Stacks.of(config)).hasError(ComputeRules.INVALID_CONFIG, "config files / data[x]");
  }

  @Test
  void secretsAreMountedByReference() {
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .addMount(
                            Mount.of(SecretRef.sealedSecret("tls"), "/etc/tls").readOnlyMount())
                        .build()))
            .build();
    assertThat(Stacks.of(api))
        .object(Deployment.class, "api")
        .satisfies(
            d -> {
              var pod = d.getSpec().getTemplate().getSpec();
              assertThat(pod.getVolumes().get(0).getSecret().getSecretName()).isEqualTo("tls");
              assertThat(pod.getContainers().get(0).getVolumeMounts().get(0).getReadOnly())
                  .isTrue();
            });
  }

  @Test
  void plaintextSecretIsRefusedUnlessAllowed() {
    PlainSecret refused = PlainSecret.builder().name("db").putData("password", "hunter2").build();
    assertThat(Stacks.of(refused)).hasError(ComputeRules.PLAINTEXT_SECRET, "secret db / data");

    PlainSecret allowed =
        PlainSecret.builder()
            .name("db")
            .putData("password", "hunter2")
            .allowPlaintext(true)
            .build();
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder()
                        .from(Stacks.app())
                        .addEnv(Env.fromSecret("PASSWORD", allowed.ref(), "password"))
                        .build()))
            .build();
    assertThat(api.dependsOn()).containsExactly(allowed);
    assertThat(Stacks.of(allowed, api))
        .isOk()
        .hasWarning(ComputeRules.PLAINTEXT_SECRET, "secret db / data")
        .object(Secret.class, "db")
        .extracting(Secret::getStringData)
        .isEqualTo(java.util.Map.of("password", "hunter2"));
  }
}
