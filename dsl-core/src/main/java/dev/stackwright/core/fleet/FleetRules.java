package dev.stackwright.core.fleet;

/** The ids of the rules that check a fleet. */
public final class FleetRules {
  /** A fleet without clusters. */
  public static final String NO_CLUSTERS = "fleet.no-clusters";

  /** A cluster whose profile has no name, or whose name another cluster has. */
  public static final String CLUSTER_NAME = "fleet.cluster-name";

  /** An Argo CD fleet's cluster without the API server Argo CD reaches it by. */
  public static final String NO_SERVER = "fleet.no-server";

  /** A delivery that cannot roll out a fleet (kubectl). */
  public static final String UNSUPPORTED_DELIVERY = "fleet.unsupported-delivery";

  private FleetRules() {}
}
