/**
 * Tracing: the OpenTelemetry collector (a pod of the core model and a tracing endpoint) and the
 * wiring of workloads to it.
 */
package dev.stackwright.observability.tracing;
