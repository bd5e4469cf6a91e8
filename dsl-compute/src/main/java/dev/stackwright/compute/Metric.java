package dev.stackwright.compute;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricIdentifier;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTargetBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A metric the horizontal autoscaler keeps at a target: CPU or memory utilization (percent of the
 * request) or average value, a per-pod custom metric, a metric of another object, or an external
 * metric. Synthesizes into an autoscaling/v2 {@code MetricSpec}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Metric {

  /** The kind of metric. */
  public enum Source {
    RESOURCE,
    PODS,
    OBJECT,
    EXTERNAL
  }

  /** The kind of metric. */
  public abstract Source source();

  /** The resource ({@code cpu}, {@code memory}) or the metric name. */
  public abstract String name();

  /** The target average utilization in percent of the request, for a resource metric. */
  public abstract Optional<Integer> utilization();

  /** The target average value per pod, a quantity. */
  public abstract Optional<String> averageValue();

  /** The target total value, a quantity (object and external metrics). */
  public abstract Optional<String> value();

  /** The object the metric describes, as {@code apiVersion}, {@code kind}, {@code name}. */
  public abstract Optional<String> objectApiVersion();

  /** The kind of the described object. */
  public abstract Optional<String> objectKind();

  /** The name of the described object. */
  public abstract Optional<String> objectName();

  /** Labels selecting the metric series (pods, object and external metrics). */
  public abstract Map<String, String> selector();

  /** Average CPU utilization of {@code percent} of the request. */
  public static Metric cpu(int percent) {
    return resource("cpu", percent);
  }

  /** Average memory utilization of {@code percent} of the request. */
  public static Metric memory(int percent) {
    return resource("memory", percent);
  }

  /** Average utilization of a resource, in percent of the request. */
  public static Metric resource(String resource, int percent) {
    return ImmutableMetric.builder()
        .source(Source.RESOURCE)
        .name(resource)
        .utilization(percent)
        .build();
  }

  /** Average value of a resource per pod, e.g. {@code memoryValue("512Mi")}. */
  public static Metric memoryValue(String averageValue) {
    return ImmutableMetric.builder()
        .source(Source.RESOURCE)
        .name("memory")
        .averageValue(averageValue)
        .build();
  }

  /** A custom per-pod metric averaged over the pods, e.g. requests per second. */
  public static Metric pods(String metric, String averageValue) {
    return ImmutableMetric.builder()
        .source(Source.PODS)
        .name(metric)
        .averageValue(averageValue)
        .build();
  }

  /** A metric of another object, e.g. an Ingress's requests per second. */
  public static Metric object(
      String metric, String apiVersion, String kind, String name, String value) {
    return ImmutableMetric.builder()
        .source(Source.OBJECT)
        .name(metric)
        .objectApiVersion(apiVersion)
        .objectKind(kind)
        .objectName(name)
        .value(value)
        .build();
  }

  /** A metric from outside the cluster, e.g. a queue length, averaged over the pods. */
  public static Metric external(String metric, String averageValue) {
    return ImmutableMetric.builder()
        .source(Source.EXTERNAL)
        .name(metric)
        .averageValue(averageValue)
        .build();
  }

  /** This metric, selecting the series with {@code key=value}. */
  public Metric where(String key, String value) {
    return ImmutableMetric.builder().from(this).putSelector(key, value).build();
  }

  void validate(Checks checks) {
    utilization()
        .filter(p -> p < 1)
        .ifPresent(
            p ->
                checks.error(
                    ComputeRules.INVALID_AUTOSCALING,
                    "utilization",
                    "expected a percentage of at least 1, was %d",
                    p));
    averageValue().ifPresent(v -> checks.quantity("averageValue", v));
    value().ifPresent(v -> checks.quantity("value", v));
    checks.require(
        utilization().isPresent() || averageValue().isPresent() || value().isPresent(),
        ComputeRules.INVALID_AUTOSCALING,
        "",
        "metric %s has no target",
        name());
  }

  MetricSpec toSpec() {
    MetricTargetBuilder t = new MetricTargetBuilder();
    if (utilization().isPresent()) {
      t.withType("Utilization").withAverageUtilization(utilization().get());
    } else if (averageValue().isPresent()) {
      t.withType("AverageValue").withAverageValue(new Quantity(averageValue().get()));
    } else {
      t.withType("Value").withValue(new Quantity(value().orElse("0")));
    }
    MetricTarget target = t.build();
    MetricSpecBuilder b = new MetricSpecBuilder().withType(typeName());
    var selector =
        selector().isEmpty()
            ? null
            : new io.fabric8.kubernetes.api.model.LabelSelectorBuilder()
                .withMatchLabels(new TreeMap<>(selector()))
                .build();
    switch (source()) {
      case RESOURCE -> b.withNewResource().withName(name()).withTarget(target).endResource();
      case PODS ->
          b.withNewPods()
              .withMetric(new MetricIdentifier(name(), selector))
              .withTarget(target)
              .endPods();
      case OBJECT ->
          b.withNewObject()
              .withNewDescribedObject(
                  objectApiVersion().orElse(""), objectKind().orElse(""), objectName().orElse(""))
              .withMetric(new MetricIdentifier(name(), selector))
              .withTarget(target)
              .endObject();
      case EXTERNAL ->
          b.withNewExternal()
              .withMetric(new MetricIdentifier(name(), selector))
              .withTarget(target)
              .endExternal();
    }
    return b.build();
  }

  private String typeName() {
    return switch (source()) {
      case RESOURCE -> "Resource";
      case PODS -> "Pods";
      case OBJECT -> "Object";
      case EXTERNAL -> "External";
    };
  }
}
