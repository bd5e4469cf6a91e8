/**
 * Logs declared per workload ({@link dev.stackwright.observability.logs.Logs}), the node agent that
 * collects them ({@link dev.stackwright.observability.logs.FluentBit}) and the backend it ships to
 * ({@link dev.stackwright.observability.logs.Loki}), each agent's pipeline generated from the
 * declarations.
 */
package dev.stackwright.observability.logs;
