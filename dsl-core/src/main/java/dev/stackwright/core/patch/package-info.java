/**
 * Changes to synthesized objects, typed or as RFC 6902 JSON patches: the escape hatch to any field.
 */
package dev.stackwright.core.patch;
