package dev.stackwright.storage.ceph;

import dev.stackwright.core.validate.Checks;
import dev.stackwright.storage.StorageRules;
import java.util.Map;
import java.util.OptionalInt;

/** What Ceph pools (block pools and a file system's pools) share: the API and the replica rules. */
final class CephPools {
  static final String API_VERSION = "ceph.rook.io/v1";

  private CephPools() {}

  /** Checks a replica count against the failure domains the cluster declares. */
  static void checkReplicas(
      CephCluster cluster, int replicas, FailureDomain domain, Checks checks, String field) {
    if (replicas < 1) {
      checks.error(
          StorageRules.INVALID_COUNT, field, "expected at least 1 replica, was %d", replicas);
      return;
    }
    OptionalInt domains = cluster.failureDomains(domain);
    if (domains.isPresent() && replicas > domains.getAsInt()) {
      checks.error(
          StorageRules.REPLICAS_EXCEED_FAILURE_DOMAINS,
          field,
          "%d replicas with failure domain %s need %d %ss, but ceph-cluster %s declares %d;"
              + " lower the replicas, add nodes or choose a smaller failure domain",
          replicas,
          domain.value(),
          replicas,
          domain.value(),
          cluster.name(),
          domains.getAsInt());
    }
  }

  /** The {@code replicated} section of a pool spec. */
  static Map<String, Object> replicated(int replicas) {
    return Map.of("size", replicas, "requireSafeReplicaSize", replicas > 1);
  }
}
