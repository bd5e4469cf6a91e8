package dev.stackwright.observability.logs;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ClusterDns;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.contract.StorageClassRef;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ReleaseValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Grafana Loki as one process (the chart's {@code Monolithic} mode) on a volume of one of the
 * stack's storage classes: a release of the {@code loki} chart (grafana-community) with typed
 * values. Retention is on (the compactor deletes old chunks): {@link #retention()} for every
 * stream, and each {@link Logs} declaration's own retention for its workload's stream ({@code
 * limits_config.retention_stream}). Multi-tenancy, the gateway, the caches, the canary and the
 * chart tests are off; the Service carries the release name, so agents and Grafana address {@code
 * <name>.<namespace>:3100}. Its pods meet the restricted profile with the chart's defaults.
 *
 * <pre>{@code
 * Loki loki = Loki.builder().namespace("monitoring").retention("14d")
 *     .storageSize("50Gi").storageClass(block).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Loki implements LogBackend, UpstreamRelease, TypedRelease {
  static final int HTTP_PORT = 3100;

  /** The release name, which is also the Service's; {@code loki}. */
  @Override
  @Value.Default
  public String name() {
    return "loki";
  }

  /** The chart version, pinned (Loki 3.7.6). */
  @Value.Default
  public String version() {
    return "18.11.0";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://grafana-community.github.io/helm-charts";
  }

  /** How long logs are kept unless their declaration says otherwise (at least 24h). */
  @Value.Default
  public String retention() {
    return "7d";
  }

  /** The size of Loki's volume ({@code singleBinary.persistence.size}). */
  @Value.Default
  public String storageSize() {
    return "10Gi";
  }

  /** The storage class of the volume; the cluster's default class when empty. */
  public abstract Optional<StorageClassRef> storageClass();

  /** Components the release waits for besides its storage class. */
  public abstract List<Component> extraDependsOn();

  @Override
  public List<Component> dependsOn() {
    List<Component> all = new ArrayList<>(extraDependsOn());
    storageClass().flatMap(StorageClassRef::component).ifPresent(all::add);
    return List.copyOf(all);
  }

  /** A builder for a Loki release. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String grafanaType() {
    return "loki";
  }

  @Override
  public String queryUrl(SynthContext context) {
    return "http://" + host(context) + ":" + HTTP_PORT;
  }

  private String host(SynthContext context) {
    return ClusterDns.serviceHost(name(), context.namespaceOf(this), context.clusterDomain());
  }

  /**
   * Fluent Bit's {@code loki} output: the stream labels, the record as JSON without the pod
   * metadata the labels already carry.
   */
  @Override
  public Map<String, String> fluentBitOutput(
      Logs logs, Map<String, String> streamLabels, SynthContext context) {
    Map<String, String> output = new LinkedHashMap<>();
    output.put("Name", "loki");
    output.put("Host", host(context));
    output.put("Port", String.valueOf(HTTP_PORT));
    output.put(
        "Labels",
        streamLabels.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ")));
    output.put("Remove_Keys", "kubernetes");
    output.put("Line_Format", "json");
    output.put("Retry_Limit", "False");
    return output;
  }

  /** The per-stream retention of the declarations shipped here, in {@code context}. */
  List<Map<String, Object>> retentionStreams(SynthContext context) {
    List<Map<String, Object>> streams = new ArrayList<>();
    for (FluentBit agent : context.componentsOf(FluentBit.class)) {
      if (!context.idOf(agent.backend()).equals(context.idOf(this))) {
        continue;
      }
      for (Logs logs : agent.declarations(context)) {
        logs.retention()
            .ifPresent(
                period -> {
                  Map<String, Object> stream = new TreeMap<>();
                  stream.put(
                      "selector",
                      "{namespace=\""
                          + context.namespaceOf(logs.workload())
                          + "\", workload=\""
                          + logs.workload().name()
                          + "\"}");
                  stream.put("priority", 1);
                  stream.put("period", period);
                  streams.add(stream);
                });
      }
    }
    return streams;
  }

  /** The chart values: typed settings, per-stream retention, {@link #extraValues()} over. */
  public Map<String, Object> values(SynthContext context) {
    Map<String, Object> limits = new TreeMap<>();
    limits.put("retention_period", retention());
    List<Map<String, Object>> streams = retentionStreams(context);
    if (!streams.isEmpty()) {
      limits.put("retention_stream", streams);
    }
    Map<String, Object> loki = new TreeMap<>();
    loki.put("auth_enabled", false);
    loki.put("commonConfig", Map.of("replication_factor", 1));
    loki.put("storage", Map.of("type", "filesystem"));
    loki.put(
        "schemaConfig",
        Map.of(
            "configs",
            List.of(
                Map.of(
                    "from", "2024-04-01",
                    "store", "tsdb",
                    "object_store", "filesystem",
                    "schema", "v13",
                    "index", Map.of("prefix", "index_", "period", "24h")))));
    loki.put("limits_config", limits);
    loki.put("compactor", Map.of("retention_enabled", true, "delete_request_store", "filesystem"));
    Map<String, Object> persistence = new TreeMap<>();
    persistence.put("enabled", true);
    persistence.put("size", storageSize());
    storageClass().ifPresent(sc -> persistence.put("storageClass", sc.name()));
    Map<String, Object> values = new TreeMap<>();
    values.put("deploymentMode", "Monolithic");
    values.put("fullnameOverride", name());
    values.put("loki", loki);
    values.put("singleBinary", Map.of("replicas", 1, "persistence", persistence));
    values.put("gateway", Map.of("enabled", false));
    values.put("chunksCache", Map.of("enabled", false));
    values.put("resultsCache", Map.of("enabled", false));
    values.put("lokiCanary", Map.of("enabled", false));
    values.put("test", Map.of("enabled", false));
    return ReleaseValues.merge(values, extraValues());
  }

  /** The chart release this backend synthesizes through, in {@code context}. */
  public ChartRelease release(SynthContext context) {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("loki")
            .repository(repository())
            .version(version())
            .target(target())
            .putAllValues(values(context))
            .addAllDependsOn(dependsOn());
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    Logs.checkRetention(checks, "retention", retention());
    checks.quantity("storageSize", storageSize());
    storageClass().ifPresent(sc -> checks.subdomain("storageClass", sc.name()));
    release(context).validate(context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return release(context).synthesize(context);
  }

  @Override
  public List<ApiKind> installedKinds() {
    return List.of();
  }

  @Override
  public List<ExtraFile> files(SynthContext context) {
    return release(context).files(context);
  }

  /** Builds a {@link Loki}. */
  public static class Builder extends ImmutableLoki.Builder {}
}
