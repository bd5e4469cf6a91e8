/**
 * Writers from a synthesis result to files: YAML layouts, kustomization, apply stages per delivery
 * tool, extra files, with an output folder that is locked, swapped atomically and recovered after a
 * crash.
 */
package dev.stackwright.core.output;
