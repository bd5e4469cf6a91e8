package dev.stackwright.observability;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * Where a workload's HTTP golden signals come from: one request-duration histogram (its {@code
 * _count} counts requests, its {@code _bucket} series give latency) and the label matcher that
 * marks a failed request. Dashboards and SLOs read it; the default is what Micrometer (Spring Boot)
 * exports.
 */
@Value.Immutable
@StackwrightStyle
public interface HttpMetrics {

  /** The histogram's base name, without {@code _bucket} / {@code _count}. */
  @Value.Parameter
  String histogram();

  /** The label matcher that selects failed requests, such as {@code status=~"5.."}. */
  @Value.Parameter
  String errorMatcher();

  /** Micrometer's {@code http_server_requests_seconds}, failures by {@code status=~"5.."}. */
  static HttpMetrics micrometer() {
    return of("http_server_requests_seconds", "status=~\"5..\"");
  }

  /**
   * The OpenTelemetry semantic-convention histogram {@code http_server_request_duration_seconds},
   * failures by {@code http_response_status_code=~"5.."}.
   */
  static HttpMetrics openTelemetry() {
    return of("http_server_request_duration_seconds", "http_response_status_code=~\"5..\"");
  }

  /** A histogram called {@code histogram} whose failed requests match {@code errorMatcher}. */
  static HttpMetrics of(String histogram, String errorMatcher) {
    return ImmutableHttpMetrics.of(histogram, errorMatcher);
  }

  /** The request counter: the histogram's {@code _count}. */
  default String requests() {
    return histogram() + "_count";
  }

  /** The histogram's bucket series. */
  default String buckets() {
    return histogram() + "_bucket";
  }
}
