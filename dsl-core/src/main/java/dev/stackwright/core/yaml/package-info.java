/**
 * Stackwright's one YAML dialect: how objects become deterministic YAML text and are read back, for
 * every writer (plain manifests, stages, the Helm chart, the report) and for the tests.
 */
package dev.stackwright.core.yaml;
