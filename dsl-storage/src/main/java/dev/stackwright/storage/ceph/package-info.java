/**
 * A replicated storage cluster run by the Rook operator: the operator's Helm release, the
 * CephCluster, its block pools and file systems, as {@code ceph.rook.io/v1} custom resources.
 */
package dev.stackwright.storage.ceph;
