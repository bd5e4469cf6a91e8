/** Grafana dashboards as ConfigMaps the Grafana sidecar loads. */
package dev.stackwright.observability.dashboards;
