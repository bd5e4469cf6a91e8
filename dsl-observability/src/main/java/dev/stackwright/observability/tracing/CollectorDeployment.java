package dev.stackwright.observability.tracing;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodExtras;
import dev.stackwright.core.pod.PodRenderer;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.Volumes;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collector's pod and Deployment. The pod is built by the core's pod model, so it carries the
 * same restricted security context, checks (registry policy, pinned image) and decorations (scrape
 * annotations) as every workload. A checksum of the configuration rolls the pods when it changes.
 */
final class CollectorDeployment {
  private static final long USER = 10001L;

  private CollectorDeployment() {}

  /** The collector's pod: one container reading its configuration from the ConfigMap. */
  static Pod pod(OtelCollector collector) {
    Probe health = Probe.http("/", "health").withPeriodSeconds(10);
    return Pod.builder()
        .addContainers(
            Container.builder()
                .name("otel-collector")
                .image(collector.image())
                .addArgs("--config=" + CollectorConfig.DIR + "/" + CollectorConfig.FILE)
                .addPorts(
                    NamedPort.of("otlp-grpc", OtelCollector.OTLP_GRPC_PORT),
                    NamedPort.of("otlp-http", OtelCollector.OTLP_HTTP_PORT),
                    NamedPort.of("metrics", OtelCollector.METRICS_PORT),
                    NamedPort.of("health", OtelCollector.HEALTH_PORT))
                .resources(
                    Resources.builder()
                        .cpuRequest(collector.cpuRequest())
                        .memoryRequest(collector.memoryRequest())
                        .memoryLimit(collector.memoryLimit())
                        .build())
                .readinessProbe(health)
                .livenessProbe(health)
                .addMounts(
                    Mount.of(Volumes.configMap(collector.configMapName()), CollectorConfig.DIR)
                        .readOnlyMount())
                .build())
        .runAsUser(USER)
        .runAsGroup(USER)
        .build();
  }

  static Deployment render(OtelCollector collector, SynthContext context, String config) {
    Map<String, String> podLabels = new TreeMap<>(collector.selectorLabels());
    PodExtras extras =
        new PodExtras(
            java.util.Optional.empty(), Map.of("checksum/config", sha256(config)), spec -> {});
    return new DeploymentBuilder()
        .withMetadata(context.metadata(collector).build())
        .withNewSpec()
        .withReplicas(collector.replicas())
        .withNewSelector()
        .withMatchLabels(podLabels)
        .endSelector()
        .withTemplate(PodRenderer.template(collector, collector.pod(), extras, context))
        .endSpec()
        .build();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
