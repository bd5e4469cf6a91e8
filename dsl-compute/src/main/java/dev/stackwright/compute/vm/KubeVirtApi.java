package dev.stackwright.compute.vm;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/** The KubeVirt and CDI API groups, the kinds their operators install, and a resource builder. */
final class KubeVirtApi {
  static final String GROUP = "kubevirt.io";
  static final String API_VERSION = GROUP + "/v1";
  static final String CDI_GROUP = "cdi.kubevirt.io";
  static final String CDI_API_VERSION = CDI_GROUP + "/v1beta1";

  /** The kinds virt-operator installs once a {@code KubeVirt} resource exists. */
  static final CrdSet VIRTUALIZATION =
      CrdSet.of(
          GROUP,
          "VirtualMachine",
          "VirtualMachineInstance",
          "VirtualMachineInstanceMigration",
          "VirtualMachineInstancePreset",
          "VirtualMachineInstanceReplicaSet");

  /** The kinds the CDI operator installs once a {@code CDI} resource exists. */
  static final CrdSet IMPORT =
      CrdSet.of(
          ApiKind.of(CDI_GROUP, "DataVolume"),
          ApiKind.of(CDI_GROUP, "DataSource"),
          ApiKind.of(CDI_GROUP, "DataImportCron"),
          ApiKind.of(CDI_GROUP, "StorageProfile"),
          ApiKind.of(CDI_GROUP, "CDIConfig"));

  private KubeVirtApi() {}

  static GenericKubernetesResource resource(
      String apiVersion, String kind, ObjectMeta metadata, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(apiVersion)
        .withKind(kind)
        .withMetadata(metadata)
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
