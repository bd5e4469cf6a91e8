package dev.stackwright.observability.tracing;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * Where traces go and how many are kept: the one declaration both the applications (through their
 * OTLP environment) and the mesh's proxies (through its tracing provider settings) read, so they
 * agree. {@link OtelCollector#tracing()} gives the settings of a collector.
 */
@Value.Immutable
@StackwrightStyle
public interface TracingSettings {

  /**
   * The collector's in-cluster DNS name, e.g. {@code
   * otel-collector.observability.svc.cluster.local}.
   */
  String host();

  /** The OTLP/gRPC port. */
  @Value.Default
  default int grpcPort() {
    return 4317;
  }

  /** The OTLP/HTTP port. */
  @Value.Default
  default int httpPort() {
    return 4318;
  }

  /** The share of traces sampled, in percent (0 to 100), as the mesh's proxies take it. */
  @Value.Default
  default double samplingPercentage() {
    return 10.0;
  }

  /** The OTLP/gRPC endpoint URL an SDK takes: {@code http://host:4317}. */
  default String grpcEndpoint() {
    return "http://" + host() + ":" + grpcPort();
  }

  /** The sampling ratio (0 to 1), as OpenTelemetry SDKs take it. */
  default double samplingRatio() {
    return samplingPercentage() / 100.0;
  }

  /** A builder for tracing settings. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TracingSettings}. */
  class Builder extends ImmutableTracingSettings.Builder {}
}
