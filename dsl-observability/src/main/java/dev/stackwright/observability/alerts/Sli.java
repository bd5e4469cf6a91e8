package dev.stackwright.observability.alerts;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.observability.HttpMetrics;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service level indicator over a workload's HTTP histogram: the share of requests that failed
 * ({@link #errors}) or that were slower than a bucket boundary ({@link #latency}). It renders as
 * the PromQL ratio of bad to all requests over a window, which SLO burn-rate alerts compare.
 */
@Value.Immutable
@StackwrightStyle
public interface Sli {

  /** What makes a request bad. */
  enum Kind {
    /** The request failed (matched the error matcher). */
    ERRORS,
    /** The request took longer than the latency threshold. */
    LATENCY
  }

  /** What makes a request bad. */
  Kind kind();

  /** The histogram the ratio is computed from. */
  HttpMetrics metrics();

  /**
   * For a latency SLI, the histogram bucket boundary ({@code le} label value, as the client library
   * writes it, e.g. {@code 0.3}) a good request stays within.
   */
  Optional<String> threshold();

  /** Failed requests over all requests. */
  static Sli errors(HttpMetrics metrics) {
    return ImmutableSli.builder().kind(Kind.ERRORS).metrics(metrics).build();
  }

  /** Requests slower than {@code le} seconds over all requests. */
  static Sli latency(HttpMetrics metrics, String le) {
    return ImmutableSli.builder().kind(Kind.LATENCY).metrics(metrics).threshold(le).build();
  }

  /**
   * The PromQL ratio of bad requests among those matching {@code matchers}, over {@code window}.
   */
  default String badRatio(String matchers, String window) {
    String all = "sum(rate(" + metrics().requests() + "{" + matchers + "}[" + window + "]))";
    if (kind() == Kind.ERRORS) {
      return "sum(rate("
          + metrics().requests()
          + "{"
          + matchers
          + ","
          + metrics().errorMatcher()
          + "}["
          + window
          + "])) / "
          + all;
    }
    return "1 - sum(rate("
        + metrics().buckets()
        + "{"
        + matchers
        + ",le=\""
        + threshold().orElse("")
        + "\"}["
        + window
        + "])) / "
        + all;
  }
}
