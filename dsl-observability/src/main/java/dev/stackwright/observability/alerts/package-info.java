/**
 * Alert rules: workload alerts, SLOs with multi-window burn-rate alerts, and a lexical PromQL
 * check.
 */
package dev.stackwright.observability.alerts;
