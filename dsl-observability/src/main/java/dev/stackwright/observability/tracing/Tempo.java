package dev.stackwright.observability.tracing;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.contract.StorageClassRef;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.ReleaseValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Grafana Tempo, single binary, as a release of the {@code tempo} chart (grafana-community) with
 * typed values: OTLP receivers only, block retention, a volume from one of the stack's storage
 * classes, and containers under the restricted Pod Security profile. The Service carries the
 * release name ({@code fullnameOverride}), so collectors and Grafana address it by {@link
 * #serviceName()}.
 *
 * <pre>{@code
 * Tempo tempo = Tempo.builder().namespace("monitoring").retention("336h")
 *     .storageSize("20Gi").storageClass(block).build();
 * OtelCollector.builder().namespace("monitoring").exportTo(tempo).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Tempo implements TraceBackend, UpstreamRelease, TypedRelease {
  static final int OTLP_GRPC_PORT = 4317;
  static final int OTLP_HTTP_PORT = 4318;
  static final int HTTP_PORT = 3200;

  /** The release name, which is also the Service's; {@code tempo}. */
  @Override
  @Value.Default
  public String name() {
    return "tempo";
  }

  /** The chart version, pinned (Tempo 2.10.8). */
  @Value.Default
  public String version() {
    return "2.2.4";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://grafana-community.github.io/helm-charts";
  }

  /** How long trace blocks are kept (chart value {@code tempo.retention}, a duration). */
  @Value.Default
  public String retention() {
    return "24h";
  }

  /** The size of the volume holding traces and the WAL ({@code persistence.size}). */
  @Value.Default
  public String storageSize() {
    return "10Gi";
  }

  /**
   * The storage class of the volume; empty keeps traces on the pod's filesystem, lost on restart.
   */
  public abstract Optional<StorageClassRef> storageClass();

  /** Components the release waits for besides its storage class. */
  public abstract List<Component> extraDependsOn();

  @Override
  public List<Component> dependsOn() {
    List<Component> all = new ArrayList<>(extraDependsOn());
    storageClass().flatMap(StorageClassRef::component).ifPresent(all::add);
    return List.copyOf(all);
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
    return HTTP_PORT;
  }

  @Override
  public String grafanaType() {
    return "tempo";
  }

  /** Trace to logs by trace id, the service graph and exemplars from Prometheus. */
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
      links.put("lokiSearch", Map.of("datasourceUid", logsUid));
    }
    links.put("serviceMap", Map.of("datasourceUid", metricsUid));
    links.put("tracesToMetrics", Map.of("datasourceUid", metricsUid));
    links.put("nodeGraph", Map.of("enabled", true));
    return links;
  }

  /** A builder for a Tempo release. */
  public static Builder builder() {
    return new Builder();
  }

  /** The chart values the typed settings stand for, with {@link #extraValues()} merged over. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> tempo = new TreeMap<>();
    tempo.put("retention", retention());
    tempo.put("reportingEnabled", false);
    tempo.put(
        "receivers",
        Map.of(
            "otlp",
            Map.of(
                "protocols",
                Map.of(
                    "grpc", Map.of("endpoint", "0.0.0.0:" + OTLP_GRPC_PORT),
                    "http", Map.of("endpoint", "0.0.0.0:" + OTLP_HTTP_PORT)))));
    tempo.put("securityContext", ReleaseValues.restrictedContainer(storageClass().isPresent()));
    Map<String, Object> values = new TreeMap<>();
    values.put("fullnameOverride", name());
    values.put("tempo", tempo);
    values.put("securityContext", ReleaseValues.restrictedPod(10001));
    Map<String, Object> persistence = new TreeMap<>();
    persistence.put("enabled", storageClass().isPresent());
    storageClass()
        .ifPresent(
            sc -> {
              persistence.put("size", storageSize());
              persistence.put("storageClassName", sc.name());
            });
    values.put("persistence", persistence);
    return ReleaseValues.merge(values, extraValues());
  }

  /** The chart release this backend synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("tempo")
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
    checks.require(
        Durations.isHours(retention()),
        ObservabilityRules.INVALID_DURATION,
        "retention",
        "expected a duration in hours, minutes and seconds such as 24h or 336h (Tempo reads no"
            + " days), was \"%s\"",
        retention());
    checks.quantity("storageSize", storageSize());
    storageClass().ifPresent(sc -> checks.subdomain("storageClass", sc.name()));
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

  /** Builds a {@link Tempo}. */
  public static class Builder extends ImmutableTempo.Builder {}
}
