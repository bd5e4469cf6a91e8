/**
 * Fleets: one definition synthesized once per cluster of a fleet, each cluster's output in its own
 * folder with its own apply stages, and the delivery objects that roll the fleet out from a
 * management cluster (an Argo CD ApplicationSet, or a Flux Kustomization per cluster).
 */
package dev.stackwright.core.fleet;
