package dev.stackwright.observability.tracing;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.ClusterDns;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ObservabilityRules;
import java.util.Map;

/**
 * Where the stack's collector sends traces: a backend of the stack (the {@link Tempo} or {@link
 * Jaeger} release) that receives OTLP/gRPC in the cluster. An {@link OtelCollector} exports to it
 * by reference ({@code exportTo(tempo)}), so the address is stated once, by the backend; a Grafana
 * datasource reads from it.
 */
public interface TraceBackend extends Component {

  /** The name of the Service that receives OTLP and answers queries. */
  String serviceName();

  /** The OTLP/gRPC port of that Service. */
  int otlpGrpcPort();

  /** The port Grafana queries traces on. */
  int queryPort();

  /** The Grafana datasource type: {@code tempo} or {@code jaeger}. */
  String grafanaType();

  /**
   * The datasource's {@code jsonData} links to logs and metrics, given the uids of the logs
   * datasource (empty when none) and of Prometheus' datasource.
   */
  Map<String, Object> grafanaLinks(String logsUid, String metricsUid);

  /** The OTLP/gRPC address, {@code host:port}, of the backend in {@code context}'s cluster. */
  default String otlpGrpcAddress(SynthContext context) {
    return ClusterDns.serviceHost(serviceName(), context.namespaceOf(this), context.clusterDomain())
        + ":"
        + otlpGrpcPort();
  }

  /** The query URL Grafana reads traces from, in {@code context}'s cluster. */
  default String queryUrl(SynthContext context) {
    return "http://"
        + ClusterDns.serviceHost(serviceName(), context.namespaceOf(this), context.clusterDomain())
        + ":"
        + queryPort();
  }

  /**
   * Reports, as a warning at {@code checks}' position, that no collector of the stack exports to
   * this backend: it would stay empty.
   */
  default void warnIfUnused(SynthContext context, Checks checks) {
    boolean used =
        context.componentsOf(OtelCollector.class).stream()
            .anyMatch(
                c ->
                    c.exportTo()
                        .map(b -> context.idOf(b).equals(context.idOf(this)))
                        .orElse(false));
    if (!used) {
      checks.warn(
          ObservabilityRules.UNUSED_TRACE_BACKEND,
          "",
          "no collector of the stack exports to %s \"%s\", so it stays empty; give it to a"
              + " collector with OtelCollector.builder().exportTo(...) or remove it",
          kind(),
          name());
    }
  }
}
