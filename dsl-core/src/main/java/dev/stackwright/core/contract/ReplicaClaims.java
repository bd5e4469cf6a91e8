package dev.stackwright.core.contract;

import java.util.List;

/**
 * The cross-layer contract of a pod set whose replicas each get their own claims from templates (a
 * compute StatefulSet): what the storage layer needs to name the claim of one replica by type, so a
 * snapshot schedule never spells {@code data-postgres-0} by hand.
 */
public interface ReplicaClaims extends PodSet {

  /** The claim templates each replica gets a claim from. */
  List<ClaimTemplate> claimTemplates();

  /**
   * The name of the claim replica {@code ordinal} gets from {@code template}, as the StatefulSet
   * controller names it: {@code <template>-<set>-<ordinal>}.
   */
  default String claimName(ClaimTemplate template, int ordinal) {
    return template.name() + "-" + name() + "-" + ordinal;
  }
}
