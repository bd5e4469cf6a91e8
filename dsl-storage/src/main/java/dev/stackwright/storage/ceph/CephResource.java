package dev.stackwright.storage.ceph;

import dev.stackwright.core.Component;

/** A Ceph custom resource that belongs to one {@link CephCluster}: a pool or a file system. */
public interface CephResource extends Component {

  /** The cluster the resource is created in. */
  CephCluster cluster();
}
