package dev.stackwright.core.cli;

/**
 * The system properties that set the CLI's defaults, for a build that always writes to one place:
 * {@code mvn exec:java} with {@code <systemProperties>} in its configuration, or {@code java
 * -Dstackwright.out=...}. An option on the command line still wins, so {@code -Dexec.args} stays
 * free for the user.
 */
final class Defaults {
  /** The default of {@code --out} (synth, watch, diff): {@code dist} when unset. */
  static final String OUT = "stackwright.out";

  /** The default of {@code --format} (synth, watch): {@code plain} when unset. */
  static final String FORMAT = "stackwright.format";

  private Defaults() {}
}
