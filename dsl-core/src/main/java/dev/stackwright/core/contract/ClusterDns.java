package dev.stackwright.core.contract;

/**
 * The in-cluster DNS names of Services, computed in one place for every layer: {@code
 * <service>.<namespace>.svc.<cluster domain>}. The cluster domain is the stack's ({@link
 * dev.stackwright.core.Stack#clusterDomain()}, {@value #DEFAULT_DOMAIN} by default); components
 * read it through {@link dev.stackwright.core.synth.SynthContext#serviceHost}.
 */
public final class ClusterDns {
  /** The DNS domain of a cluster that does not configure another: {@value}. */
  public static final String DEFAULT_DOMAIN = "cluster.local";

  private ClusterDns() {}

  /** The fully qualified name of Service {@code service} in {@code namespace}. */
  public static String serviceHost(String service, String namespace, String clusterDomain) {
    return service + "." + namespace + ".svc." + clusterDomain;
  }

  /** The wildcard matching every Service of {@code namespace}: {@code *.<ns>.svc.<domain>}. */
  public static String namespaceWildcard(String namespace, String clusterDomain) {
    return "*." + namespace + ".svc." + clusterDomain;
  }
}
