/**
 * The stack's topology (components by namespace and layer, routes, connections and dependencies) as
 * one model, {@link dev.stackwright.core.diagram.Topology}, and its Mermaid diagram.
 */
package dev.stackwright.core.diagram;
