package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Quantities;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeItemBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The resource budget of one namespace: a {@code ResourceQuota} of totals (CPU and memory requests
 * and limits, pods, any other quota key) and a {@code LimitRange} of per-container defaults and
 * maximum, so containers that declare no resources still get sane ones. Each object is named like
 * the component and synthesized only when it has content.
 *
 * <pre>{@code
 * NamespaceQuota.builder().name("team-quota").namespace("shop")
 *     .requestsCpu("20").requestsMemory("40Gi").limitsMemory("80Gi").pods(200)
 *     .defaultRequest(Resources.of("100m", "128Mi")).defaultLimit(Resources.of("500m", "512Mi"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class NamespaceQuota implements Component {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Total CPU requests allowed. */
  public abstract Optional<String> requestsCpu();

  /** Total memory requests allowed. */
  public abstract Optional<String> requestsMemory();

  /** Total CPU limits allowed. */
  public abstract Optional<String> limitsCpu();

  /** Total memory limits allowed. */
  public abstract Optional<String> limitsMemory();

  /** Total pods allowed. */
  public abstract Optional<Integer> pods();

  /** Any other quota key and its hard value, e.g. {@code requests.nvidia.com/gpu -> 4}. */
  public abstract Map<String, String> hard();

  /** The requests a container gets when it declares none (CPU and memory requests are read). */
  public abstract Optional<Resources> defaultRequest();

  /** The limits a container gets when it declares none (CPU and memory requests are read). */
  public abstract Optional<Resources> defaultLimit();

  /** The most a container may ask for (CPU and memory requests are read). */
  public abstract Optional<Resources> max();

  @Override
  public String kind() {
    return "quota";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A builder for a namespace quota. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  Map<String, String> hardValues() {
    Map<String, String> all = new TreeMap<>(hard());
    requestsCpu().ifPresent(v -> all.put("requests.cpu", v));
    requestsMemory().ifPresent(v -> all.put("requests.memory", v));
    limitsCpu().ifPresent(v -> all.put("limits.cpu", v));
    limitsMemory().ifPresent(v -> all.put("limits.memory", v));
    pods().ifPresent(v -> all.put("pods", String.valueOf(v)));
    return all;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    hardValues().forEach((k, v) -> checks.quantity("hard[" + k + "]", v));
    defaultRequest().ifPresent(r -> r.validate(checks.in("defaultRequest")));
    defaultLimit().ifPresent(r -> r.validate(checks.in("defaultLimit")));
    max().ifPresent(r -> r.validate(checks.in("max")));
    for (String resource : List.of("cpu", "memory")) {
      Optional<String> request = defaultRequest().flatMap(r -> request(r, resource));
      Optional<String> limit = defaultLimit().flatMap(r -> request(r, resource));
      if (request.isPresent()
          && limit.isPresent()
          && Quantities.isValid(request.get())
          && Quantities.isValid(limit.get())) {
        checks.require(
            Quantities.compare(request.get(), limit.get()) <= 0,
            PodRules.REQUEST_ABOVE_LIMIT,
            "defaultRequest." + resource,
            "the default request %s is above the default limit %s",
            request.get(),
            limit.get());
      }
    }
  }

  private static Optional<String> request(Resources r, String resource) {
    return resource.equals("cpu") ? r.cpuRequest() : r.memoryRequest();
  }

  private static Map<String, Quantity> quantities(Optional<Resources> r) {
    Map<String, Quantity> out = new TreeMap<>();
    r.flatMap(Resources::cpuRequest).ifPresent(v -> out.put("cpu", new Quantity(v)));
    r.flatMap(Resources::memoryRequest).ifPresent(v -> out.put("memory", new Quantity(v)));
    return out;
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(2);
    if (!hardValues().isEmpty()) {
      Map<String, Quantity> hard = new TreeMap<>();
      hardValues().forEach((k, v) -> hard.put(k, new Quantity(v)));
      out.add(
          new ResourceQuotaBuilder()
              .withMetadata(context.metadata(this).build())
              .withNewSpec()
              .withHard(hard)
              .endSpec()
              .build());
    }
    if (defaultRequest().isPresent() || defaultLimit().isPresent() || max().isPresent()) {
      LimitRangeItemBuilder item = new LimitRangeItemBuilder().withType("Container");
      Map<String, Quantity> req = quantities(defaultRequest());
      Map<String, Quantity> lim = quantities(defaultLimit());
      Map<String, Quantity> mx = quantities(max());
      item.withDefaultRequest(req.isEmpty() ? null : req)
          .withDefault(lim.isEmpty() ? null : lim)
          .withMax(mx.isEmpty() ? null : mx);
      out.add(
          new LimitRangeBuilder()
              .withMetadata(context.metadata(this).build())
              .withNewSpec()
              .withLimits(item.build())
              .endSpec()
              .build());
    }
    return out;
  }

  /** Builds a {@link NamespaceQuota}. */
  public static class Builder extends ImmutableNamespaceQuota.Builder {}
}
