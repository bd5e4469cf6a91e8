package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart.yaml states the oldest Kubernetes whose API server takes every object as written. */
class KubeVersionTest {
  @TempDir Path dir;

  private static final String CRON_JOB =
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
      spec:
        schedule: "0 3 * * *"
        timeZone: Europe/Berlin
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers:
                  - name: report
                    image: registry.example.com/report:1.0
      """;

  private static final String WITH_SIDECAR =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        selector:
          matchLabels: {app: api}
        template:
          metadata:
            labels: {app: api}
          spec:
            initContainers:
              - name: proxy
                image: registry.example.com/proxy:1.0
                restartPolicy: Always
            containers:
              - name: app
                image: registry.example.com/api:1.0
      """;

  private static SynthResult synthesize(String env, String... yaml) throws IOException {
    Stack.Builder stack =
        Stack.builder()
            .name("shop")
            .environment(Environment.of(env))
            .addNamespace(Namespace.of("shop"));
    for (int i = 0; i < yaml.length; i++) {
      stack.add(Manifests.of("objects-" + i, Yaml.readAll(yaml[i]).get(0)));
    }
    return Synthesizer.synthesize(stack.build()).orThrow();
  }

  private String kubeVersion(SynthResult... environments) throws IOException {
    return Yaml.mapper()
        .readTree(Charts.write(dir, environments).resolve("Chart.yaml").toFile())
        .path("kubeVersion")
        .asText();
  }

  @Test
  void everyChartNeedsPodSecurityAdmissionAtLeast() throws IOException {
    assertThat(kubeVersion(synthesize("dev"))).isEqualTo(">=1.25.0-0");
  }

  @Test
  void aCronJobTimeZoneNeedsKubernetes127() throws IOException {
    assertThat(kubeVersion(synthesize("dev", CRON_JOB))).isEqualTo(">=1.27.0-0");
  }

  @Test
  void aSidecarNeedsKubernetes129InAnyEnvironment() throws IOException {
    assertThat(kubeVersion(synthesize("dev", CRON_JOB), synthesize("prod", WITH_SIDECAR)))
        .isEqualTo(">=1.29.0-0");
  }

  @Test
  void helmRefusesAnOlderCluster() throws IOException {
    Path chart = Charts.write(dir, synthesize("dev", CRON_JOB));

    // helm-java's engine takes the cluster for Kubernetes v1.20, older than the chart needs.
    assertThatThrownBy(() -> new Helm(chart).template().withName("shop").call())
        .hasMessageContaining("chart requires kubeVersion: >=1.27.0-0")
        .hasMessageContaining("incompatible with Kubernetes v1.20");
    var lint = new Helm(chart).lint().strict().call();
    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }
}
