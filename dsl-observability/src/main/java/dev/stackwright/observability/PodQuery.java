package dev.stackwright.observability;

import dev.stackwright.core.contract.PodSet;

/**
 * The PromQL label matchers that select the series of one pod set: its namespace and its pods by
 * name. Pod names are what every scrape (PodMonitor, ServiceMonitor, kube-state-metrics, cAdvisor)
 * attaches, whereas a workload's own labels reach Prometheus only when relabelled. The pattern
 * covers the names Deployments ({@code api-5d8f7c9b6-x2x9q}), StatefulSets ({@code api-0}) and
 * DaemonSets ({@code api-x2x9q}) give their pods; generated suffixes use Kubernetes' vowel-free
 * alphabet, so the pods of a workload called {@code api-worker} do not match {@code api}.
 */
public final class PodQuery {
  private static final String SUFFIX = "[bcdfghjklmnpqrstvwxz2456789]";

  private PodQuery() {}

  /** The regular expression matching the names of the pods of the workload {@code name}. */
  public static String podPattern(String name) {
    return name + "-([0-9]+|" + SUFFIX + "{5}|" + SUFFIX + "{1,10}-" + SUFFIX + "{5})";
  }

  /** The matchers {@code namespace="ns",pod=~"..."} for {@code podSet} in {@code namespace}. */
  public static String matchers(PodSet podSet, String namespace) {
    return "namespace=\"" + namespace + "\",pod=~\"" + podPattern(podSet.name()) + "\"";
  }
}
