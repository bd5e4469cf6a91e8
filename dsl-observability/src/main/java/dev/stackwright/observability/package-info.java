/**
 * The observability layer: the monitoring stack as an upstream release, and the metrics, alerts,
 * dashboards and tracing in the sub-packages.
 */
package dev.stackwright.observability;
