/**
 * The compute layer: workloads (long-running, stateful, per-node, batch, scheduled, serverless)
 * built on the core pod model, their configs, scheduling, autoscaling, disruption budgets, quotas,
 * priority and runtime classes.
 */
package dev.stackwright.compute;
