package dev.stackwright.core.validate;

/**
 * A warning that the definition acknowledged: still reported, with the reason, but it does not fail
 * strict mode.
 *
 * @param warning the warning
 * @param by the acknowledgement that covers it
 */
public record Acknowledged(Diagnostic warning, Acknowledgement by) {

  @Override
  public String toString() {
    return warning + " acknowledged: " + by.reason();
  }
}
