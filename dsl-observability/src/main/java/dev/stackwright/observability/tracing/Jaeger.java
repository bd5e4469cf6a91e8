package dev.stackwright.observability.tracing;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ReleaseValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Jaeger v2 all-in-one as a release of the {@code jaeger} chart (jaegertracing) with typed values:
 * one replica keeping traces in memory (the chart's default storage for all-in-one), under the
 * restricted Pod Security profile, its Service named after the release ({@code fullnameOverride}).
 * A backend for development clusters; production keeps traces in {@link Tempo} on a volume.
 *
 * <pre>{@code
 * Jaeger jaeger = Jaeger.builder().namespace("monitoring").build();
 * OtelCollector.builder().namespace("monitoring").exportTo(jaeger).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Jaeger implements TraceBackend, UpstreamRelease, TypedRelease {
  static final int OTLP_GRPC_PORT = 4317;
  static final int QUERY_PORT = 16686;

  /** The release name, which is also the Service's; {@code jaeger}. */
  @Override
  @Value.Default
  public String name() {
    return "jaeger";
  }

  /** The chart version, pinned (Jaeger 2.19.0). */
  @Value.Default
  public String version() {
    return "4.11.1";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://jaegertracing.github.io/helm-charts";
  }

  @Override
  public String serviceName() {
    return name();
  }

  @Override
  public int otlpGrpcPort() {
    return OTLP_GRPC_PORT;
  }

  @Override
  public int queryPort() {
    return QUERY_PORT;
  }

  @Override
  public String grafanaType() {
    return "jaeger";
  }

  /** Trace to logs by trace id; Jaeger's datasource has no service graph from Prometheus. */
  @Override
  public Map<String, Object> grafanaLinks(String logsUid, String metricsUid) {
    Map<String, Object> links = new TreeMap<>();
    if (!logsUid.isEmpty()) {
      links.put(
          "tracesToLogsV2",
          Map.of(
              "datasourceUid",
              logsUid,
              "filterByTraceID",
              true,
              "spanStartTimeShift",
              "-5m",
              "spanEndTimeShift",
              "5m"));
    }
    links.put("tracesToMetrics", Map.of("datasourceUid", metricsUid));
    links.put("nodeGraph", Map.of("enabled", true));
    return links;
  }

  /** A builder for a Jaeger release. */
  public static Builder builder() {
    return new Builder();
  }

  /** The chart values the typed settings stand for, with {@link #extraValues()} merged over. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> jaeger = new TreeMap<>();
    jaeger.put("replicas", 1);
    jaeger.put("podSecurityContext", ReleaseValues.restrictedPod(10001));
    jaeger.put("securityContext", ReleaseValues.restrictedContainer(false));
    Map<String, Object> values = new TreeMap<>();
    values.put("fullnameOverride", name());
    values.put("jaeger", jaeger);
    return ReleaseValues.merge(values, extraValues());
  }

  /** The chart release this backend synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("jaeger")
            .repository(repository())
            .version(version())
            .target(target())
            .putAllValues(values())
            .addAllDependsOn(dependsOn());
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    release().validate(context, checks);
    warnIfUnused(context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return release().synthesize(context);
  }

  @Override
  public List<ApiKind> installedKinds() {
    return List.of();
  }

  @Override
  public List<ExtraFile> files(SynthContext context) {
    return release().files(context);
  }

  /** Builds a {@link Jaeger}. */
  public static class Builder extends ImmutableJaeger.Builder {}
}
