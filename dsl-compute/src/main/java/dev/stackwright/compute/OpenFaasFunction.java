package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.Image;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An OpenFaaS function, reconciled by the {@link OpenFaas} operator into a Deployment and Service
 * of the function namespace. Synthesizes into a {@code Function} (openfaas.com/v1) with a read-only
 * root filesystem, secrets by reference (mounted under {@code /var/openfaas/secrets}), and the
 * scale vocabulary of {@link ServerlessWorkload} as OpenFaaS labels: {@code minScale} ({@code
 * com.openfaas.scale.min}, 1 by default; 0 turns on scale to zero), {@code maxScale} and {@code
 * concurrencyTarget} (capacity-based scaling on in-flight requests). Its pods carry {@code
 * faas_function=<name>} and listen on 8080, so Connections and Services select it as a pod set.
 *
 * <pre>{@code
 * OpenFaasFunction.builder().name("resize").image("ghcr.io/acme/resize:1.3.0")
 *     .maxScale(10).concurrencyTarget(20).addSecret(SecretRef.externalSecret("s3-key")).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class OpenFaasFunction implements PodSet {

  /** The label OpenFaaS puts on a function's pods. */
  public static final String FUNCTION_LABEL = "faas_function";

  /** The prefix of OpenFaaS scaling labels. */
  public static final String SCALE = "com.openfaas.scale.";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The function's image, pinned to a version or digest. */
  public abstract String image();

  /** Environment variables of the function. */
  public abstract Map<String, String> environment();

  /** Secrets mounted into the function by name. */
  public abstract List<SecretRef> secrets();

  /** CPU and memory requests and limits. */
  public abstract Optional<Resources> resources();

  /** Whether the root filesystem is read-only (writable {@code /tmp} stays); true. */
  @Value.Default
  public boolean readOnlyRootFilesystem() {
    return true;
  }

  /** The fewest replicas; 1. Zero scales to zero when idle. */
  @Value.Default
  public int minScale() {
    return 1;
  }

  /** The most replicas; OpenFaaS's default when unset. */
  public abstract Optional<Integer> maxScale();

  /** The in-flight requests per replica the autoscaler aims for. */
  public abstract Optional<Integer> concurrencyTarget();

  /** Extra labels of the function. */
  public abstract Map<String, String> labels();

  /** Node constraints ({@code kubernetes.io/arch=arm64}). */
  public abstract List<String> constraints();

  @Override
  public String kind() {
    return "function";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  @Value.Lazy
  public Map<String, String> selectorLabels() {
    return Map.of(FUNCTION_LABEL, name());
  }

  /** {@code http} on 8080, the port of OpenFaaS's watchdog. */
  @Override
  public List<NamedPort> ports() {
    return List.of(NamedPort.of("http", 8080));
  }

  /** {@code default}: the operator runs functions as the namespace's default service account. */
  @Override
  public String serviceAccountName() {
    return "default";
  }

  @Override
  public List<Component> dependsOn() {
    List<Component> out = new ArrayList<>();
    secrets().forEach(s -> s.component().ifPresent(out::add));
    return out;
  }

  /** A builder for a function. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    Image image = Image.of(image());
    if (image.problem().isPresent()) {
      checks.error(PodRules.INVALID_IMAGE, "image", "%s", image.problem().get());
    } else if (image.unpinned()) {
      checks.error(
          EventRules.UNPINNED_FUNCTION_IMAGE,
          "image",
          "image \"%s\" is not pinned to a version or digest: OpenFaaS pulls it again whenever it"
              + " scales up, so replicas would run different code; pin a tag or a digest",
          image());
    }
    resources().ifPresent(r -> r.validate(checks.in("resources")));
    checks.labels("labels", labels());
    if (minScale() < 0) {
      checks.error(
          ComputeRules.INVALID_SERVERLESS, "minScale", "expected >= 0, was %d", minScale());
    }
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
    for (int i = 0; i < secrets().size(); i++) {
      SecretRef s = secrets().get(i);
      if (s.origin() == SecretRef.Origin.PLAINTEXT) {
        checks.warn(
            ComputeRules.PLAINTEXT_SECRET,
            "secrets[" + i + "]",
            "secret %s is a plaintext secret of the stack; refer to an ExternalSecret's or"
                + " SealedSecret's target instead",
            s.name());
      }
    }
    String ns = context.namespaceOf(this);
    for (ChartRelease r : context.componentsOf(ChartRelease.class)) {
      OpenFaas.functionNamespace(r)
          .filter(fns -> !fns.equals(ns))
          .ifPresent(
              fns ->
                  checks.error(
                      EventRules.FUNCTION_NAMESPACE,
                      "namespace",
                      "release %s runs functions in namespace %s, but this function is in %s,"
                          + " where no operator reconciles it",
                      r.name(),
                      fns,
                      ns));
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", name());
    spec.put("image", image());
    Map<String, String> labels = new TreeMap<>(labels());
    labels.put(SCALE + "min", String.valueOf(minScale()));
    maxScale().ifPresent(m -> labels.put(SCALE + "max", String.valueOf(m)));
    concurrencyTarget()
        .ifPresent(
            t -> {
              labels.put(SCALE + "target", String.valueOf(t));
              labels.put(SCALE + "type", "capacity");
            });
    if (minScale() == 0) {
      labels.put(SCALE + "zero", "true");
    }
    spec.put("labels", labels);
    if (!environment().isEmpty()) {
      spec.put("environment", new TreeMap<>(environment()));
    }
    if (!secrets().isEmpty()) {
      spec.put("secrets", secrets().stream().map(SecretRef::name).toList());
    }
    resources()
        .ifPresent(
            r -> {
              Map<String, String> requests = new TreeMap<>();
              r.cpuRequest().ifPresent(v -> requests.put("cpu", v));
              r.memoryRequest().ifPresent(v -> requests.put("memory", v));
              Map<String, String> limits = new TreeMap<>();
              r.cpuLimit().ifPresent(v -> limits.put("cpu", v));
              r.memoryLimit().ifPresent(v -> limits.put("memory", v));
              if (!requests.isEmpty()) {
                spec.put("requests", requests);
              }
              if (!limits.isEmpty()) {
                spec.put("limits", limits);
              }
            });
    spec.put("readOnlyRootFilesystem", readOnlyRootFilesystem());
    if (!constraints().isEmpty()) {
      spec.put("constraints", constraints());
    }
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion("openfaas.com/v1")
            .withKind("Function")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds an {@link OpenFaasFunction}. */
  public static class Builder extends ImmutableOpenFaasFunction.Builder {}
}
