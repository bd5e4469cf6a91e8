package dev.stackwright.examples.factory;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.storage.Claim;
import dev.stackwright.storage.StorageClass;
import java.util.List;

/**
 * Storage: the edge nodes' local disks through the local-path provisioner the cluster runs, a claim
 * for the line's measurement buffer and one for the SCADA VM's data disk.
 */
final class FactoryStorage {
  final StorageClass local;
  final Claim buffer;
  final Claim scadaData;

  FactoryStorage(Environment env) {
    boolean prod = env.is("prod");
    this.local = StorageClass.localPath("local-path").withDefaultClass(true);
    this.buffer =
        Claim.of("ingest-buffer", prod ? "50Gi" : "5Gi", local)
            .withNamespace(FactoryNamespaces.FACTORY);
    this.scadaData =
        Claim.of("scada-data", prod ? "200Gi" : "20Gi", local).withNamespace(FactoryNamespaces.VMS);
  }

  List<Component> components() {
    return List.of(local, buffer, scadaData);
  }
}
