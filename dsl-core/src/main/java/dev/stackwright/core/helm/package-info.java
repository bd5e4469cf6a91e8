/**
 * The stack as a Helm chart: templates, values, the values schema and the chart metadata, rendering
 * to the same objects as the plain output.
 */
package dev.stackwright.core.helm;
