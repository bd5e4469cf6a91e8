/**
 * Validation shared by every layer: the path-aware {@code Checks}, rule ids, names, labels,
 * quantities, durations and time zones, the object-level rules the API server enforces, and
 * acknowledged warnings.
 */
package dev.stackwright.core.validate;
