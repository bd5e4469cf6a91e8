package dev.stackwright.core.synth;

import dev.stackwright.core.cluster.ApiVersions;
import dev.stackwright.core.cluster.TargetCluster;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Writes each built-in kind in an API version the stated target serves: a kind whose current
 * version the target's Kubernetes does not serve yet is written in the older version with the same
 * fields ({@link ApiVersions#servedPredecessor}); anything else the target does not serve is left
 * for the cluster checks to report.
 */
final class ApiVersionChoice {
  private ApiVersionChoice() {}

  static void apply(List<SynthObject> objects, TargetCluster target) {
    if (!target.hasValidVersion()) {
      return;
    }
    int minor = target.minor();
    for (SynthObject o : objects) {
      HasMetadata m = o.object();
      ApiVersions.servedPredecessor(m.getApiVersion(), m.getKind(), minor)
          .ifPresent(m::setApiVersion);
    }
  }
}
