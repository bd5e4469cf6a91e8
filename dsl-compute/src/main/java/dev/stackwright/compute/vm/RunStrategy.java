package dev.stackwright.compute.vm;

/** When KubeVirt runs the virtual machine's instance: {@code spec.runStrategy}. */
public enum RunStrategy {
  /** Always running; restarted when it stops (the default). */
  ALWAYS("Always"),
  /** Restarted only when it fails, not when the guest shuts down cleanly. */
  RERUN_ON_FAILURE("RerunOnFailure"),
  /** Started and stopped only by hand ({@code virtctl start / stop}). */
  MANUAL("Manual"),
  /** Stopped. */
  HALTED("Halted"),
  /** Run once to completion, never restarted. */
  ONCE("Once");

  private final String value;

  RunStrategy(String value) {
    this.value = value;
  }

  /** The value KubeVirt expects. */
  public String value() {
    return value;
  }
}
