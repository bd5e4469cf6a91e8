/**
 * Scraping a pod set's metrics: PodMonitor or ServiceMonitor with the Prometheus operator, scrape
 * annotations without it.
 */
package dev.stackwright.observability.metrics;
