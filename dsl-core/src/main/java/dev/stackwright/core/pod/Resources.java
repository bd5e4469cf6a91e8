package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Quantities;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The compute resources of a container: CPU, memory and ephemeral-storage requests and limits, and
 * extended resources such as {@code nvidia.com/gpu} (requested and limited to the same count, as
 * Kubernetes requires). Synthesizes into {@code ResourceRequirements}.
 *
 * <pre>{@code
 * Resources.of("100m", "128Mi").limits("500m", "256Mi")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Resources {
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)/"
              + "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  /** The CPU request, e.g. {@code 250m}. */
  public abstract Optional<String> cpuRequest();

  /** The CPU limit. */
  public abstract Optional<String> cpuLimit();

  /** The memory request, e.g. {@code 256Mi}. */
  public abstract Optional<String> memoryRequest();

  /** The memory limit. */
  public abstract Optional<String> memoryLimit();

  /** The ephemeral-storage request. */
  public abstract Optional<String> ephemeralStorageRequest();

  /** The ephemeral-storage limit. */
  public abstract Optional<String> ephemeralStorageLimit();

  /** Extended resources by qualified name (e.g. {@code nvidia.com/gpu -> 1}). */
  public abstract Map<String, String> extended();

  /** Requests of {@code cpu} and {@code memory}, without limits. */
  public static Resources of(String cpu, String memory) {
    return builder().cpuRequest(cpu).memoryRequest(memory).build();
  }

  /** A builder for every resource setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** These resources with CPU and memory limits. */
  public Resources limits(String cpu, String memory) {
    return ImmutableResources.builder().from(this).cpuLimit(cpu).memoryLimit(memory).build();
  }

  /** These resources with {@code count} of the extended resource {@code name}. */
  public Resources extendedResource(String name, String count) {
    Map<String, String> more = new TreeMap<>(extended());
    more.put(name, count);
    return ImmutableResources.builder().from(this).extended(more).build();
  }

  /** These resources with {@code count} NVIDIA GPUs ({@code nvidia.com/gpu}). */
  public Resources gpus(int count) {
    return extendedResource("nvidia.com/gpu", String.valueOf(count));
  }

  /** Reports malformed quantities and requests above their limits, at {@code checks}' path. */
  public void validate(Checks checks) {
    pair(checks, "cpu", cpuRequest(), cpuLimit());
    pair(checks, "memory", memoryRequest(), memoryLimit());
    pair(checks, "ephemeral-storage", ephemeralStorageRequest(), ephemeralStorageLimit());
    for (Map.Entry<String, String> e : new TreeMap<>(extended()).entrySet()) {
      String field = "resources.extended[" + e.getKey() + "]";
      checks.require(
          QUALIFIED.matcher(e.getKey()).matches() && !e.getKey().startsWith("kubernetes.io/"),
          PodRules.INVALID_RESOURCE_NAME,
          field,
          "expected a qualified extended resource name such as nvidia.com/gpu, was \"%s\"",
          e.getKey());
      checks.quantity(field, e.getValue());
    }
  }

  private static void pair(
      Checks checks, String resource, Optional<String> request, Optional<String> limit) {
    boolean requestOk =
        request.map(r -> checks.quantity("resources.requests." + resource, r)).orElse(true);
    boolean limitOk =
        limit.map(l -> checks.quantity("resources.limits." + resource, l)).orElse(true);
    if (request.isPresent() && limit.isPresent() && requestOk && limitOk) {
      checks.require(
          Quantities.compare(request.get(), limit.get()) <= 0,
          PodRules.REQUEST_ABOVE_LIMIT,
          "resources.requests." + resource,
          "the request %s is above the limit %s; raise the limit or lower the request",
          request.get(),
          limit.get());
    }
  }

  /** The Kubernetes resource requirements these resources stand for. */
  public ResourceRequirements toRequirements() {
    Map<String, Quantity> requests = new TreeMap<>();
    Map<String, Quantity> limits = new TreeMap<>();
    cpuRequest().ifPresent(v -> requests.put("cpu", new Quantity(v)));
    memoryRequest().ifPresent(v -> requests.put("memory", new Quantity(v)));
    ephemeralStorageRequest().ifPresent(v -> requests.put("ephemeral-storage", new Quantity(v)));
    cpuLimit().ifPresent(v -> limits.put("cpu", new Quantity(v)));
    memoryLimit().ifPresent(v -> limits.put("memory", new Quantity(v)));
    ephemeralStorageLimit().ifPresent(v -> limits.put("ephemeral-storage", new Quantity(v)));
    extended()
        .forEach(
            (k, v) -> {
              requests.put(k, new Quantity(v));
              limits.put(k, new Quantity(v));
            });
    ResourceRequirementsBuilder b = new ResourceRequirementsBuilder();
    if (!requests.isEmpty()) {
      b.withRequests(requests);
    }
    if (!limits.isEmpty()) {
      b.withLimits(limits);
    }
    return b.build();
  }

  /** Builds {@link Resources}. */
  public static class Builder extends ImmutableResources.Builder {}
}
