package dev.stackwright.core.validate;

/**
 * How serious a diagnostic is: an error fails synthesis, a warning fails it only in strict mode.
 */
public enum Severity {
  ERROR,
  WARNING
}
