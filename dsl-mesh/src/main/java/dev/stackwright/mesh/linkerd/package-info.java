/**
 * Linkerd's policy and routing resources, as typed builders over generic objects with their exact
 * group, version and kind.
 */
package dev.stackwright.mesh.linkerd;
