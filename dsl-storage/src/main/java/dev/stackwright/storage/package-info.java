/**
 * The storage layer: storage classes with CSI presets, claims, per-replica claims, static volumes,
 * snapshots and scheduled snapshots.
 */
package dev.stackwright.storage;
