package dev.stackwright.observability.alerts;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.HttpMetrics;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.PodQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A service level objective of a workload (say 99.9% of requests succeed) and the multi-window,
 * multi-burn-rate alerts that guard its error budget, as in the Google SRE workbook: a fast burn
 * (14.4 times the budget rate over 1h, confirmed over 5m: 2% of a 30-day budget in an hour) and a
 * slow burn (6 times over 6h, confirmed over 30m: 5% in six hours). Both page.
 *
 * <pre>{@code
 * Slo.availability(api, 99.9, HttpMetrics.micrometer());
 * Slo.latency(api, 99.0, HttpMetrics.micrometer(), "0.3");
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Slo {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<BurnWindow> WINDOWS =
      List.of(new BurnWindow("Fast", "1h", "5m", "14.4"), new BurnWindow("Slow", "6h", "30m", "6"));

  /** The SLO's name, a DNS-1123 label; alert names derive from it. */
  public abstract String name();

  /** The workload whose requests the SLO is about. */
  public abstract PodSet podSet();

  /** The objective in percent of good requests, strictly between 0 and 100 (e.g. 99.9). */
  public abstract double objective();

  /** What counts as a bad request. */
  public abstract Sli sli();

  /** A builder for an SLO. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code objective}% of {@code podSet}'s requests succeed; named {@code <workload>-availability}.
   */
  public static Slo availability(PodSet podSet, double objective, HttpMetrics metrics) {
    return builder()
        .name(podSet.name() + "-availability")
        .podSet(podSet)
        .objective(objective)
        .sli(Sli.errors(metrics))
        .build();
  }

  /**
   * {@code objective}% of requests finish within {@code le} seconds; named {@code
   * <workload>-latency}.
   */
  public static Slo latency(PodSet podSet, double objective, HttpMetrics metrics, String le) {
    return builder()
        .name(podSet.name() + "-latency")
        .podSet(podSet)
        .objective(objective)
        .sli(Sli.latency(metrics, le))
        .build();
  }

  /** The error budget as a ratio: {@code 0.001} for a 99.9% objective. */
  public String errorBudget() {
    return HUNDRED
        .subtract(BigDecimal.valueOf(objective()))
        .divide(HUNDRED, 12, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Reports every problem of the SLO to {@code checks}, positioned at the SLO. */
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.require(
        objective() > 0 && objective() < 100,
        ObservabilityRules.INVALID_OBJECTIVE,
        "objective",
        "expected a percentage strictly between 0 and 100 such as 99.9, was %s",
        percent(objective()));
    if (!context.contains(podSet())) {
      checks.error(
          ObservabilityRules.UNKNOWN_TARGET,
          "podSet",
          "%s \"%s\" is not part of the stack",
          podSet().kind(),
          podSet().name());
    }
    if (sli().kind() == Sli.Kind.LATENCY) {
      String le = sli().threshold().orElse("");
      checks.require(
          isPositiveNumber(le),
          ObservabilityRules.INVALID_OBJECTIVE,
          "sli.threshold",
          "expected a histogram bucket boundary in seconds such as 0.3, was \"%s\"",
          le);
    }
  }

  /** The burn-rate alerts for the workload's pods in {@code namespace}. */
  public AlertGroup group(String namespace) {
    String matchers = PodQuery.matchers(podSet(), namespace);
    String what = sli().kind() == Sli.Kind.ERRORS ? "succeed" : "are fast enough";
    List<Alert> alerts = new ArrayList<>();
    for (BurnWindow w : WINDOWS) {
      String threshold = "(" + w.factor() + " * " + errorBudget() + ")";
      String expr =
          "("
              + sli().badRatio(matchers, w.longWindow())
              + ") > "
              + threshold
              + " and ("
              + sli().badRatio(matchers, w.shortWindow())
              + ") > "
              + threshold;
      alerts.add(
          Alert.builder()
              .name(AlertNames.camel(name()) + "ErrorBudget" + w.speed() + "Burn")
              .expr(expr)
              .severity(Severity.CRITICAL)
              .putLabel("slo", name())
              .summary(
                  name()
                      + " burns its error budget "
                      + w.factor()
                      + "x too fast over "
                      + w.longWindow())
              .description(
                  "The objective is that "
                      + percent(objective())
                      + "% of requests to "
                      + podSet().name()
                      + " "
                      + what
                      + "; at this rate the budget for 30 days is gone in "
                      + Math.round(720 / Double.parseDouble(w.factor()))
                      + "h.")
              .build());
    }
    return AlertGroup.builder().name(name() + "-slo").addAllAlerts(alerts).build();
  }

  private static boolean isPositiveNumber(String value) {
    try {
      return new BigDecimal(value).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String percent(double value) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }

  private record BurnWindow(String speed, String longWindow, String shortWindow, String factor) {}

  /** Builds an {@link Slo}. */
  public static class Builder extends ImmutableSlo.Builder {}
}
