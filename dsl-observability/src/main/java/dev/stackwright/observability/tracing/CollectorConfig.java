package dev.stackwright.observability.tracing;

import dev.stackwright.core.yaml.Yaml;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collector's configuration file: OTLP receivers (gRPC and HTTP), the memory limiter and batch
 * processors, an OTLP exporter, the health check the probes use, and its own metrics on port 8888.
 */
final class CollectorConfig {
  static final String FILE = "config.yaml";
  static final String DIR = "/etc/otelcol";

  private CollectorConfig() {}

  static String render(OtelCollector collector, String endpoint, boolean plaintext) {
    Map<String, Object> receivers =
        Map.of(
            "otlp",
            Map.of(
                "protocols",
                Map.of(
                    "grpc", Map.of("endpoint", "0.0.0.0:" + OtelCollector.OTLP_GRPC_PORT),
                    "http", Map.of("endpoint", "0.0.0.0:" + OtelCollector.OTLP_HTTP_PORT))));
    Map<String, Object> processors = new TreeMap<>();
    processors.put(
        "memory_limiter",
        Map.of(
            "check_interval", "1s",
            "limit_percentage", 80,
            "spike_limit_percentage", 25));
    processors.put("batch", Map.of());
    Map<String, Object> exporter = new TreeMap<>();
    exporter.put("endpoint", endpoint);
    if (plaintext) {
      exporter.put("tls", Map.of("insecure", true));
    }
    Map<String, Object> pipeline = new TreeMap<>();
    pipeline.put("receivers", List.of("otlp"));
    pipeline.put("processors", List.of("memory_limiter", "batch"));
    pipeline.put("exporters", List.of("otlp"));
    Map<String, Object> pipelines = new TreeMap<>();
    for (Signal signal : collector.signals()) {
      pipelines.put(signal.label(), pipeline);
    }
    Map<String, Object> telemetry =
        Map.of(
            "metrics",
            Map.of(
                "readers",
                List.of(
                    Map.of(
                        "pull",
                        Map.of(
                            "exporter",
                            Map.of(
                                "prometheus",
                                Map.of("host", "0.0.0.0", "port", OtelCollector.METRICS_PORT)))))));
    Map<String, Object> service = new TreeMap<>();
    service.put("extensions", List.of("health_check"));
    service.put("pipelines", pipelines);
    service.put("telemetry", telemetry);
    Map<String, Object> config = new TreeMap<>();
    config.put("receivers", receivers);
    config.put("processors", processors);
    config.put("exporters", Map.of("otlp", exporter));
    config.put(
        "extensions",
        Map.of("health_check", Map.of("endpoint", "0.0.0.0:" + OtelCollector.HEALTH_PORT)));
    config.put("service", service);
    return Yaml.write(config);
  }
}
