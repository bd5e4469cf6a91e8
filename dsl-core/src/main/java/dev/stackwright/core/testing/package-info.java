/**
 * Test support for platform definitions and layers: AssertJ assertions over a synthesis, golden
 * snapshots, CRD schema checks, an empty-cluster model for stage walks, and workload and service
 * fixtures.
 */
package dev.stackwright.core.testing;
