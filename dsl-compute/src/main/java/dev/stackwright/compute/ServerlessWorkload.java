package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.knative.serving.v1.RevisionSpecBuilder;
import io.fabric8.knative.serving.v1.ServiceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A request-driven workload that Knative scales with traffic, down to zero by default. Synthesizes
 * into a Knative {@code Service} (serving.knative.dev/v1) with the scale bounds and concurrency
 * target as revision annotations, and its service account. Knative routes to exactly one port, so a
 * second port is an error; the port is named {@code http1} (or {@code h2c} when declared so) as
 * Knative requires, and probes refer to it by number.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ServerlessWorkload extends PodWorkload {

  /** The Knative autoscaling annotation prefix. */
  public static final String AUTOSCALING = "autoscaling.knative.dev/";

  /** The fewest replicas; 0 (scale to zero when idle) by default. */
  @Value.Default
  public int minScale() {
    return 0;
  }

  /** The most replicas; unbounded when unset. */
  public abstract Optional<Integer> maxScale();

  /** The concurrent requests per replica the autoscaler aims for. */
  public abstract Optional<Integer> concurrencyTarget();

  /** The hard limit of concurrent requests per replica; unlimited when unset. */
  public abstract Optional<Long> containerConcurrency();

  /** Seconds a request may take. */
  public abstract Optional<Long> timeoutSeconds();

  /** A builder for a serverless workload. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    validatePod(context, checks);
    List<NamedPort> ports = ports();
    if (ports.size() > 1) {
      checks.error(
          ComputeRules.INVALID_SERVERLESS,
          "ports",
          "Knative routes to a single port, but the workload declares %d: %s",
          ports.size(),
          ports.stream().map(p -> p.name() + ":" + p.port()).toList());
    }
    checks.require(
        minScale() >= 0,
        ComputeRules.INVALID_SERVERLESS,
        "minScale",
        "expected >= 0, was %d",
        minScale());
    maxScale()
        .filter(max -> max < Math.max(1, minScale()))
        .ifPresent(
            max ->
                checks.error(
                    ComputeRules.INVALID_SERVERLESS,
                    "maxScale",
                    "maxScale %d is below minScale %d (or below 1)",
                    max,
                    minScale()));
    concurrencyTarget()
        .filter(t -> t < 1)
        .ifPresent(
            t ->
                checks.error(
                    ComputeRules.INVALID_SERVERLESS,
                    "concurrencyTarget",
                    "expected at least 1, was %d",
                    t));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(identity(context));
    PodTemplateSpec template = podTemplate(context);
    Map<String, String> annotations = new TreeMap<>();
    if (template.getMetadata().getAnnotations() != null) {
      annotations.putAll(template.getMetadata().getAnnotations());
    }
    annotations.put(AUTOSCALING + "min-scale", String.valueOf(minScale()));
    maxScale().ifPresent(m -> annotations.put(AUTOSCALING + "max-scale", String.valueOf(m)));
    concurrencyTarget().ifPresent(t -> annotations.put(AUTOSCALING + "target", String.valueOf(t)));
    PodSpec pod = template.getSpec();
    knativePorts(pod);
    out.add(
        new ServiceBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(template.getMetadata().getLabels())
            .withAnnotations(annotations)
            .endMetadata()
            .withSpec(
                new RevisionSpecBuilder()
                    .withContainers(pod.getContainers())
                    .withInitContainers(pod.getInitContainers())
                    .withVolumes(pod.getVolumes())
                    .withServiceAccountName(pod.getServiceAccountName())
                    .withAutomountServiceAccountToken(pod.getAutomountServiceAccountToken())
                    .withSecurityContext(pod.getSecurityContext())
                    .withImagePullSecrets(pod.getImagePullSecrets())
                    .withAffinity(pod.getAffinity())
                    .withNodeSelector(pod.getNodeSelector())
                    .withTolerations(pod.getTolerations())
                    .withTopologySpreadConstraints(pod.getTopologySpreadConstraints())
                    .withPriorityClassName(pod.getPriorityClassName())
                    .withRuntimeClassName(pod.getRuntimeClassName())
                    .withContainerConcurrency(containerConcurrency().orElse(null))
                    .withTimeoutSeconds(timeoutSeconds().orElse(null))
                    .build())
            .endTemplate()
            .endSpec()
            .build());
    return out;
  }

  /** Renames the one port as Knative requires and points named probe ports at its number. */
  private static void knativePorts(PodSpec pod) {
    for (var c : pod.getContainers()) {
      if (c.getPorts() == null || c.getPorts().isEmpty()) {
        continue;
      }
      var port = c.getPorts().get(0);
      int number = port.getContainerPort();
      port.setName("h2c".equals(port.getName()) ? "h2c" : "http1");
      for (Probe p :
          new Probe[] {c.getReadinessProbe(), c.getLivenessProbe(), c.getStartupProbe()}) {
        if (p != null && p.getHttpGet() != null) {
          p.getHttpGet().setPort(new IntOrString(number));
        }
        if (p != null && p.getTcpSocket() != null) {
          p.getTcpSocket().setPort(new IntOrString(number));
        }
      }
    }
  }

  /** Builds a {@link ServerlessWorkload}. */
  public static class Builder extends ImmutableServerlessWorkload.Builder {}
}
