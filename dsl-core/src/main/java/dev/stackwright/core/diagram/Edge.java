package dev.stackwright.core.diagram;

import dev.stackwright.core.ComponentId;

/**
 * An arrow of the stack diagram.
 *
 * @param from where the arrow starts
 * @param to where it points
 * @param label what it means (e.g. {@code allow http}, {@code 10%}); may be empty
 * @param style how it is drawn
 */
public record Edge(ComponentId from, ComponentId to, String label, Style style) {

  /** How an arrow is drawn. */
  public enum Style {
    /** A solid arrow: traffic (routes, allowed connections, splits). */
    TRAFFIC,
    /** A dotted arrow: one component needs another (mounts, references). */
    DEPENDENCY
  }
}
