package dev.stackwright.compute;

import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rolling-update values (a count or a percentage), shared by Deployments and DaemonSets. */
final class Rollout {
  private static final Pattern VALUE = Pattern.compile("[0-9]+%?");

  private Rollout() {}

  static void validate(Checks checks, Optional<String> maxSurge, Optional<String> maxUnavailable) {
    boolean surgeOk = check(checks, "maxSurge", maxSurge);
    boolean unavailableOk = check(checks, "maxUnavailable", maxUnavailable);
    boolean ok = surgeOk && unavailableOk;
    if (ok && maxSurge.isPresent() && maxUnavailable.isPresent()) {
      checks.require(
          !(isZero(maxSurge.get()) && isZero(maxUnavailable.get())),
          ComputeRules.INVALID_ROLLOUT,
          "maxUnavailable",
          "maxSurge and maxUnavailable are both 0, so no pod could ever be replaced");
    }
  }

  private static boolean check(Checks checks, String field, Optional<String> value) {
    return value
        .map(
            v ->
                checks.require(
                    VALUE.matcher(v).matches(),
                    ComputeRules.INVALID_ROLLOUT,
                    field,
                    "expected a count such as 1 or a percentage such as 25%%, was \"%s\"",
                    v))
        .orElse(true);
  }

  private static boolean isZero(String v) {
    return v.equals("0") || v.equals("0%");
  }

  static IntOrString value(String v) {
    return v.endsWith("%") ? new IntOrString(v) : new IntOrString(Integer.parseInt(v));
  }
}
