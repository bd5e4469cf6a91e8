/**
 * Apply stages: the order in which an environment comes up on an empty cluster, and its wiring for
 * Flux, Argo CD and kubectl.
 */
package dev.stackwright.core.stage;
