package dev.stackwright.compute.vm;

import dev.stackwright.core.cluster.Prerequisite;

/**
 * The KubeVirt and CDI operators as prerequisites of the target cluster. Upstream ships neither as
 * a Helm chart nor as a folder of plain manifests in Git (each release publishes one rendered file,
 * {@code kubevirt-operator.yaml} and {@code cdi-operator.yaml}, as a release asset), so a stack
 * states that the cluster runs them; the stack's own {@link KubeVirt} and {@link Cdi} resources
 * then make the operators install the virtualization and import kinds, and the apply stages put
 * those resources before the VirtualMachines and DataVolumes that need them.
 *
 * <pre>{@code
 * TargetCluster.builder().kubernetesVersion("1.33")
 *     .provides(KubeVirtOperators.KUBEVIRT, KubeVirtOperators.CDI)
 * }</pre>
 */
public final class KubeVirtOperators {
  /** The pinned KubeVirt release. */
  public static final String KUBEVIRT_VERSION = "v1.9.0";

  /** The pinned CDI (containerized-data-importer) release. */
  public static final String CDI_VERSION = "v1.66.0";

  /**
   * virt-operator, installed with {@code kubectl apply -f
   * https://github.com/kubevirt/kubevirt/releases/download/v1.9.0/kubevirt-operator.yaml}: it
   * serves the {@code KubeVirt} kind.
   */
  public static final Prerequisite KUBEVIRT =
      Prerequisite.crds(
          "kubevirt-operator " + KUBEVIRT_VERSION,
          Prerequisite.kinds(KubeVirtApi.GROUP, "KubeVirt"));

  /**
   * The CDI operator, installed with {@code kubectl apply -f
   * https://github.com/kubevirt/containerized-data-importer/releases/download/v1.66.0/cdi-operator.yaml}:
   * it serves the {@code CDI} kind.
   */
  public static final Prerequisite CDI =
      Prerequisite.crds(
          "cdi-operator " + CDI_VERSION, Prerequisite.kinds(KubeVirtApi.CDI_GROUP, "CDI"));

  private KubeVirtOperators() {}
}
