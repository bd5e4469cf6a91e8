package dev.stackwright.core.release;

import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pods an upstream chart runs, with the release's values, that need more than the restricted Pod
 * Security level: node-exporter's host network, PID namespace and host paths, for one. A {@link
 * ChartRelease} checks each against the level the namespace they run in enforces, so a release that
 * admission would refuse is an error at synth time, naming the fix.
 *
 * <pre>{@code
 * ReleasePods.builder().what("node-exporter").level(PodSecurityLevel.PRIVILEGED)
 *     .reasons("hostNetwork, hostPID, hostPath volumes").path("nodeExporter")
 *     .turnOff("turn it off with nodeExporter(false)").build()
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ReleasePods {

  /** What the pods are, for messages: {@code node-exporter}. */
  public abstract String what();

  /** The Pod Security level the pods need. */
  public abstract PodSecurityLevel level();

  /** Why, for messages: {@code hostNetwork, hostPID, hostPath volumes}. */
  public abstract String reasons();

  /** The namespace the pods run in; the release's namespace when empty (the default). */
  public abstract Optional<String> namespace();

  /** The path of the setting that runs the pods, where the error is reported; {@code values}. */
  @Value.Default
  public String path() {
    return "values";
  }

  /** How to turn the pods off, for the message: {@code turn it off with nodeExporter(false)}. */
  public abstract String turnOff();

  /**
   * How to run the pods in another namespace, for the message; empty (the default) when the chart
   * cannot.
   */
  public abstract Optional<String> moveWith();

  /** A builder for release pods. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReleasePods}. */
  public static class Builder extends ImmutableReleasePods.Builder {}
}
