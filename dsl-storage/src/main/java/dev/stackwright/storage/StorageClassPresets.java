package dev.stackwright.storage;

import dev.stackwright.storage.ceph.CephTarget;
import java.util.EnumSet;
import java.util.Set;

/** What each CSI driver really requires: the parameters behind the {@link StorageClass} presets. */
final class StorageClassPresets {
  private StorageClassPresets() {}

  private static final String FSTYPE = "csi.storage.k8s.io/fstype";
  private static final Set<AccessMode> BLOCK_DEVICE =
      Set.of(AccessMode.READ_WRITE_ONCE, AccessMode.READ_WRITE_ONCE_POD);
  private static final Set<AccessMode> SHAREABLE_BLOCK_DEVICE =
      Set.of(AccessMode.READ_WRITE_ONCE, AccessMode.READ_ONLY_MANY, AccessMode.READ_WRITE_ONCE_POD);

  static StorageClass cephRbd(
      String name, String operatorNamespace, String clusterNamespace, String pool) {
    return rook(name, operatorNamespace + ".rbd.csi.ceph.com", clusterNamespace, "rbd")
        .putParameter("pool", pool)
        .putParameter("imageFormat", "2")
        .putParameter("imageFeatures", "layering")
        .putParameter(FSTYPE, "ext4")
        .addAllSupportedAccessModes(SHAREABLE_BLOCK_DEVICE)
        .ceph(CephTarget.blockPool(clusterNamespace, pool))
        .build();
  }

  static StorageClass cephFs(
      String name, String operatorNs, String clusterNs, String filesystem, String dataPool) {
    return rook(name, operatorNs + ".cephfs.csi.ceph.com", clusterNs, "cephfs")
        .putParameter("fsName", filesystem)
        .putParameter("pool", filesystem + "-" + dataPool)
        .addAllSupportedAccessModes(EnumSet.allOf(AccessMode.class))
        .ceph(CephTarget.filesystem(clusterNs, filesystem))
        .build();
  }

  private static StorageClass.Builder rook(
      String name, String driver, String clusterNs, String secretKind) {
    String provisionerSecret = "rook-csi-" + secretKind + "-provisioner";
    return StorageClass.builder()
        .name(name)
        .provisioner(driver)
        .allowVolumeExpansion(true)
        .putParameter("clusterID", clusterNs)
        .putParameter("csi.storage.k8s.io/provisioner-secret-name", provisionerSecret)
        .putParameter("csi.storage.k8s.io/provisioner-secret-namespace", clusterNs)
        .putParameter("csi.storage.k8s.io/controller-expand-secret-name", provisionerSecret)
        .putParameter("csi.storage.k8s.io/controller-expand-secret-namespace", clusterNs)
        .putParameter(
            "csi.storage.k8s.io/node-stage-secret-name", "rook-csi-" + secretKind + "-node")
        .putParameter("csi.storage.k8s.io/node-stage-secret-namespace", clusterNs);
  }

  static StorageClass awsEbs(String name, String type) {
    return zonalDisk(name, "ebs.csi.aws.com", BLOCK_DEVICE)
        .putParameter("type", type)
        .putParameter("encrypted", "true")
        .build();
  }

  static StorageClass gcePd(String name, String type) {
    return zonalDisk(name, "pd.csi.storage.gke.io", SHAREABLE_BLOCK_DEVICE)
        .putParameter("type", type)
        .build();
  }

  static StorageClass azureDisk(String name, String skuName) {
    return zonalDisk(name, "disk.csi.azure.com", BLOCK_DEVICE)
        .putParameter("skuName", skuName)
        .build();
  }

  private static StorageClass.Builder zonalDisk(String name, String driver, Set<AccessMode> modes) {
    return StorageClass.builder()
        .name(name)
        .provisioner(driver)
        .bindingMode(BindingMode.WAIT_FOR_FIRST_CONSUMER)
        .allowVolumeExpansion(true)
        .putParameter(FSTYPE, "ext4")
        .addAllSupportedAccessModes(modes);
  }

  static StorageClass localPath(String name) {
    return StorageClass.builder()
        .name(name)
        .provisioner("rancher.io/local-path")
        .bindingMode(BindingMode.WAIT_FOR_FIRST_CONSUMER)
        .addAllSupportedAccessModes(BLOCK_DEVICE)
        .build();
  }

  static StorageClass localStatic(String name) {
    return StorageClass.builder()
        .name(name)
        .provisioner("kubernetes.io/no-provisioner")
        .bindingMode(BindingMode.WAIT_FOR_FIRST_CONSUMER)
        .reclaimPolicy(ReclaimPolicy.RETAIN)
        .addAllSupportedAccessModes(BLOCK_DEVICE)
        .build();
  }
}
