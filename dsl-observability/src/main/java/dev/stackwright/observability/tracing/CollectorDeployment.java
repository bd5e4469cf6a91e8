package dev.stackwright.observability.tracing;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collector's Deployment, under the restricted Pod Security profile: non-root, no privilege
 * escalation, every capability dropped, RuntimeDefault seccomp, read-only root filesystem, no
 * service-account token. A checksum of the configuration rolls the pods when it changes.
 */
final class CollectorDeployment {
  private static final long USER = 10001L;

  private CollectorDeployment() {}

  static Deployment render(OtelCollector collector, SynthContext context, String config) {
    Map<String, String> podLabels = new TreeMap<>(collector.selectorLabels());
    var container =
        new ContainerBuilder()
            .withName("otel-collector")
            .withImage(collector.image())
            .withArgs("--config=" + CollectorConfig.DIR + "/" + CollectorConfig.FILE)
            .withPorts(
                port("otlp-grpc", OtelCollector.OTLP_GRPC_PORT),
                port("otlp-http", OtelCollector.OTLP_HTTP_PORT),
                port("metrics", OtelCollector.METRICS_PORT),
                port("health", OtelCollector.HEALTH_PORT))
            .withResources(
                new ResourceRequirementsBuilder()
                    .withRequests(
                        Map.of(
                            "cpu", new Quantity(collector.cpuRequest()),
                            "memory", new Quantity(collector.memoryRequest())))
                    .withLimits(Map.of("memory", new Quantity(collector.memoryLimit())))
                    .build())
            .withReadinessProbe(healthProbe())
            .withLivenessProbe(healthProbe())
            .withNewSecurityContext()
            .withAllowPrivilegeEscalation(false)
            .withReadOnlyRootFilesystem(true)
            .withRunAsNonRoot(true)
            .withNewCapabilities()
            .withDrop("ALL")
            .endCapabilities()
            .endSecurityContext()
            .addNewVolumeMount()
            .withName("config")
            .withMountPath(CollectorConfig.DIR)
            .withReadOnly(true)
            .endVolumeMount()
            .build();
    return new DeploymentBuilder()
        .withMetadata(context.metadata(collector).build())
        .withNewSpec()
        .withReplicas(collector.replicas())
        .withNewSelector()
        .withMatchLabels(podLabels)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(podLabels)
        .withAnnotations(Map.of("checksum/config", sha256(config)))
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(collector.serviceAccountName())
        .withAutomountServiceAccountToken(false)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(USER)
        .withRunAsGroup(USER)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withContainers(container)
        .addNewVolume()
        .withName("config")
        .withNewConfigMap()
        .withName(collector.configMapName())
        .endConfigMap()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static ContainerPort port(String name, int number) {
    return new ContainerPortBuilder()
        .withName(name)
        .withContainerPort(number)
        .withProtocol("TCP")
        .build();
  }

  private static Probe healthProbe() {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath("/")
        .withPort(new IntOrString("health"))
        .endHttpGet()
        .withPeriodSeconds(10)
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
