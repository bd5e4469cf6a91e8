package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something the target cluster already has before the stack is applied, stated so that the checks
 * and the apply stages can count on it: a delivery tool's controllers and CRDs, a set of CRDs, an
 * ingress or gateway class some controller outside the stack serves, a storage class.
 *
 * <pre>{@code
 * TargetCluster.builder().kubernetesVersion("1.31")
 *     .provides(Prerequisite.FLUX, Prerequisite.GATEWAY_API_STANDARD, Prerequisite.ingressClass("nginx"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Prerequisite {

  /**
   * Flux's default controllers (what {@code flux install} and {@code flux bootstrap} deploy):
   * source, kustomize, helm and notification, with their kinds.
   */
  public static final Prerequisite FLUX =
      crds(
          "flux",
          join(
              kinds(
                  "source.toolkit.fluxcd.io",
                  "GitRepository",
                  "OCIRepository",
                  "HelmRepository",
                  "HelmChart",
                  "Bucket"),
              kinds("kustomize.toolkit.fluxcd.io", "Kustomization"),
              kinds("helm.toolkit.fluxcd.io", "HelmRelease"),
              kinds("notification.toolkit.fluxcd.io", "Alert", "Provider", "Receiver")));

  /** Argo CD with its kinds: Application, ApplicationSet and AppProject. */
  public static final Prerequisite ARGO_CD =
      crds("argo-cd", kinds("argoproj.io", "Application", "ApplicationSet", "AppProject"));

  /**
   * The Gateway API CRDs of the standard channel (kubernetes-sigs/gateway-api), the kinds every
   * release since v1.1 has in it: GatewayClass, Gateway, HTTPRoute, GRPCRoute and ReferenceGrant.
   */
  public static final Prerequisite GATEWAY_API_STANDARD =
      crds(
          "gateway-api-standard",
          kinds(
              "gateway.networking.k8s.io",
              "GatewayClass",
              "Gateway",
              "HTTPRoute",
              "GRPCRoute",
              "ReferenceGrant"));

  /**
   * The CSI volume snapshot CRDs and the snapshot controller (kubernetes-csi/external-snapshotter),
   * which most distributions install: VolumeSnapshot, VolumeSnapshotClass, VolumeSnapshotContent.
   */
  public static final Prerequisite VOLUME_SNAPSHOTS =
      crds(
          "volume-snapshots",
          kinds(
              "snapshot.storage.k8s.io",
              "VolumeSnapshot",
              "VolumeSnapshotClass",
              "VolumeSnapshotContent"));

  /** A short name for messages: {@code flux}, {@code ingress class nginx}. */
  public abstract String name();

  /** The API kinds the cluster serves because of it. */
  public abstract List<ApiKind> kinds();

  /** The ingress classes a controller outside the stack serves. */
  public abstract List<String> ingressClasses();

  /** The gateway classes a controller outside the stack serves. */
  public abstract List<String> gatewayClasses();

  /** The storage classes the cluster has already. */
  public abstract List<String> storageClasses();

  /** CRDs the cluster already has, called {@code name} in messages. */
  public static Prerequisite crds(String name, List<ApiKind> kinds) {
    return ImmutablePrerequisite.builder().name(name).addAllKinds(kinds).build();
  }

  /** An ingress class (say {@code nginx}) whose controller runs in the cluster already. */
  public static Prerequisite ingressClass(String name) {
    return ImmutablePrerequisite.builder()
        .name("ingress class " + name)
        .addIngressClass(name)
        .build();
  }

  /** A storage class (say {@code local-path}) the cluster has already. */
  public static Prerequisite storageClass(String name) {
    return ImmutablePrerequisite.builder()
        .name("storage class " + name)
        .addStorageClass(name)
        .build();
  }

  /** A gateway class whose controller runs in the cluster already. */
  public static Prerequisite gatewayClass(String name) {
    return ImmutablePrerequisite.builder()
        .name("gateway class " + name)
        .addGatewayClass(name)
        .build();
  }

  private static List<ApiKind> join(
      List<ApiKind> first, List<ApiKind> second, List<ApiKind> third, List<ApiKind> fourth) {
    List<ApiKind> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    all.addAll(third);
    all.addAll(fourth);
    return List.copyOf(all);
  }

  /** The kinds {@code kinds} of {@code group}, with derived plurals. */
  public static List<ApiKind> kinds(String group, String... kinds) {
    return Arrays.stream(kinds).map(k -> ApiKind.of(group, k)).toList();
  }
}
