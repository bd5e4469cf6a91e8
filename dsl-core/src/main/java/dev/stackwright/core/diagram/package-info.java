/**
 * The stack's topology as a Mermaid diagram: components by namespace and layer, routes, connections
 * and dependencies.
 */
package dev.stackwright.core.diagram;
