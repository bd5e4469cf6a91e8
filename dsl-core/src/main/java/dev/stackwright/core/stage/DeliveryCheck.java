package dev.stackwright.core.stage;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.validate.Checks;
import java.util.regex.Pattern;

/**
 * Checks the delivery settings as the tool's CRD would (Flux durations) and that a stated target
 * runs the tool the stages are wired for.
 */
final class DeliveryCheck {
  /** The pattern of Flux's duration fields, from the Kustomization CRD. */
  private static final Pattern FLUX_DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");

  private DeliveryCheck() {}

  static void check(Delivery delivery, TargetCluster target, boolean stated, Checks root) {
    Checks at = root.in("delivery " + delivery.folder());
    ApiKind needs = null;
    if (delivery instanceof FluxDelivery flux) {
      duration(at, "interval", flux.interval());
      duration(at, "retryInterval", flux.retryInterval());
      duration(at, "timeout", flux.timeout());
      at.label("namespace", flux.namespace());
      at.label("sourceNamespace", flux.sourceNamespace());
      at.subdomain("sourceName", flux.sourceName());
      needs = ApiKind.of("kustomize.toolkit.fluxcd.io", "Kustomization");
    } else if (delivery instanceof ArgoCdDelivery argo) {
      at.require(
          !argo.repoUrl().isBlank(),
          StageRules.INVALID_DELIVERY,
          "repoUrl",
          "the Git repository Argo CD reads the output from is required; state it with"
              + " Stack.builder().delivery(Delivery.argoCd(repoUrl))");
      at.label("namespace", argo.namespace());
      // Argo CD deploying to another cluster (a fleet's hub) keeps its Applications at home.
      needs =
          argo.server().equals(ArgoCdDelivery.IN_CLUSTER)
              ? ApiKind.of("argoproj.io", "Application")
              : null;
    }
    if (stated && needs != null && !provided(target, needs)) {
      at.error(
          ClusterRules.UNKNOWN_KIND,
          "",
          "the stages are wired with %s, which the target cluster does not provide; state it"
              + " (TargetCluster.builder().provides(Prerequisite.%s)) or choose another delivery",
          needs,
          delivery instanceof FluxDelivery ? "FLUX" : "ARGO_CD");
    }
  }

  private static boolean provided(TargetCluster target, ApiKind kind) {
    for (Prerequisite p : target.provided()) {
      if (p.kinds().stream().anyMatch(k -> k.sameAs(kind))) {
        return true;
      }
    }
    return false;
  }

  private static void duration(Checks at, String field, String value) {
    at.require(
        FLUX_DURATION.matcher(value).matches(),
        StageRules.INVALID_DELIVERY,
        field,
        "expected a duration such as 10m or 1h30m, was \"%s\"",
        value);
  }
}
