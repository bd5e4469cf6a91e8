package dev.stackwright.storage;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.GitRelease;

/**
 * The CSI volume snapshot CRDs and the snapshot controller, as releases of the upstream kustomize
 * folders of kubernetes-csi/external-snapshotter at tag {@value #VERSION} ({@code
 * client/config/crd} and {@code deploy/kubernetes/snapshot-controller}), the way that project
 * documents installing them. The CRD release provides the snapshot.storage.k8s.io kinds (and the
 * groupsnapshot.storage.k8s.io ones), so snapshot classes and snapshots are applied in a stage
 * after it; the controller release depends on it and runs in {@code kube-system}, as the upstream
 * manifests state.
 *
 * <pre>{@code
 * GitRelease crds = VolumeSnapshots.crds("kube-system");
 * GitRelease controller = VolumeSnapshots.controller("kube-system", crds);
 * }</pre>
 */
public final class VolumeSnapshots {
  /** The pinned release tag (snapshot-controller image v8.5.0). */
  public static final String VERSION = "v8.6.0";

  /** The upstream repository. */
  public static final String REPOSITORY = "https://github.com/kubernetes-csi/external-snapshotter";

  /** The snapshot kinds the CRD folder defines. */
  public static final CrdSet KINDS =
      CrdSet.of(
          "snapshot.storage.k8s.io",
          "VolumeSnapshot",
          "VolumeSnapshotClass",
          "VolumeSnapshotContent");

  /** The volume group snapshot kinds the same folder defines. */
  public static final CrdSet GROUP_KINDS =
      CrdSet.of(
          "groupsnapshot.storage.k8s.io",
          "VolumeGroupSnapshot",
          "VolumeGroupSnapshotClass",
          "VolumeGroupSnapshotContent");

  private VolumeSnapshots() {}

  /**
   * The CRDs, as release {@code snapshot-crds} whose delivery objects live in {@code namespace}.
   */
  public static GitRelease crds(String namespace) {
    return GitRelease.builder()
        .name("snapshot-crds")
        .namespace(namespace)
        .url(REPOSITORY)
        .ref(VERSION)
        .path("client/config/crd")
        .addCrdSets(KINDS, GROUP_KINDS)
        .build();
  }

  /**
   * The snapshot controller, as release {@code snapshot-controller} whose delivery objects live in
   * {@code namespace}, after {@code crds}.
   */
  public static GitRelease controller(String namespace, GitRelease crds) {
    return GitRelease.builder()
        .name("snapshot-controller")
        .namespace(namespace)
        .url(REPOSITORY)
        .ref(VERSION)
        .path("deploy/kubernetes/snapshot-controller")
        .addDependsOn(crds)
        .build();
  }
}
